package io.storyline.cli;

import io.storyline.store.Store;
import io.storyline.store.StoreCheck;
import io.storyline.store.WriteLock;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Verifies a data directory and, when asked, repairs what can be rebuilt from its articles. */
@Command(
        mixinStandardHelpOptions = true,
        name = "check",
        description = "Verify the data directory: every article decodes and matches its columns and indices, every "
                + "digest belongs to its story. Exit 0: sound (stale digests are noted, not errors); 1: damaged, "
                + "with the reasons. --repair rebuilds what can be rebuilt from the articles.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    DataOptions data = new DataOptions();

    @Option(
            names = "--repair",
            description = "Quarantine rows that cannot be read, fix columns and indices, drop broken digests and "
                    + "recompute stale ones (takes the write lock).")
    boolean repair;

    @Option(
            names = "--no-embeddings",
            description = "With --repair: recompute digests without the MiniLM model (as analyze --no-embeddings).")
    boolean noEmbeddings;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    @SuppressWarnings("try") // the write lock is held by being open
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreCheck.Report report;
        try (Store store = Stores.existing(data.data)) {
            if (repair) {
                try (WriteLock lock = store.lockForWriting();
                        Views views = Views.open(!noEmbeddings, store)) {
                    report = StoreCheck.repair(store, views.digests());
                }
            } else {
                report = StoreCheck.check(store);
            }
        }
        report.repaired().forEach(r -> out.println("repaired: " + r));
        for (StoreCheck.Finding f : report.findings()) {
            (f.severity() == StoreCheck.Severity.DAMAGE ? err : out)
                    .println((f.severity() == StoreCheck.Severity.DAMAGE ? "damaged: " : "note: ") + f.what());
        }
        long damaged = report.findings().stream()
                .filter(f -> f.severity() == StoreCheck.Severity.DAMAGE)
                .count();
        out.printf(
                "%s: %d articles, %d stories, %d digests: %s%n",
                data.data,
                report.articles(),
                report.stories(),
                report.digests(),
                report.sound()
                        ? "sound"
                        : damaged + " problem" + (damaged == 1 ? "" : "s") + (repair ? " left after repair" : "")
                                + (repair ? "" : "; run 'storyline check --repair' to rebuild what can be rebuilt"));
        return report.sound() ? 0 : 1;
    }
}

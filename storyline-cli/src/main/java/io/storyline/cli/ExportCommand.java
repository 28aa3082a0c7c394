package io.storyline.cli;

import io.storyline.store.JsonExport;
import io.storyline.store.Store;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the contract's JSON document for everything in a data directory. */
@Command(
        mixinStandardHelpOptions = true,
        name = "export",
        description = "Write all articles and stories as one JSON document (contract v1).")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DataOptions data = new DataOptions();

    @Option(names = "--json", paramLabel = "FILE", required = true, description = "Where to write the JSON.")
    Path json = Path.of("storyline.json");

    @Option(
            names = "--no-embeddings",
            description = "Group quotes by their words only (faster; misses paraphrased renderings).")
    boolean noEmbeddings;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = Stores.existing(data.data);
                Views views = Views.open(!noEmbeddings, store)) {
            new JsonExport(views.digests()).write(store, json);
            spec.commandLine().getOut().printf("wrote %s (%d articles)%n", json, store.size());
        }
        return 0;
    }
}

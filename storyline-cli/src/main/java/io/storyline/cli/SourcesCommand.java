package io.storyline.cli;

import io.storyline.core.SourceRef;
import io.storyline.digest.StoryDigest;
import io.storyline.provenance.Evidence;
import io.storyline.provenance.ProvenanceEdge;
import io.storyline.provenance.Relation;
import io.storyline.provenance.UpstreamCredit;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryDigests;
import io.storyline.store.StoryTitles;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows where each article of a story came from: who derives from whom, who credits whom, what is hidden. */
@Command(
        mixinStandardHelpOptions = true,
        name = "sources",
        description = {
            "Where each article of a story came from: copies, rewrites, translations and garbled copies of other",
            "articles or of upstream reports (with the aligned passages), the sources each article credits, its",
            "flags, and the derivations it does not credit."
        })
final class SourcesCommand implements Callable<Integer> {

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(paramLabel = "STORY", description = "Story id (or an article id of the story).")
    String id = "";

    @Option(names = "--evidence", description = "Show every aligned passage (default: the first two).")
    boolean evidence;

    @Option(names = "--no-embeddings", description = "Compare statements by their words only (faster).")
    boolean noEmbeddings;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Stores.existing(data.data);
                Views views = Views.open(!noEmbeddings, store)) {
            List<StoredArticle> arts = Stories.inOrder(store, id, data);
            StoryDigest d = views.digests().of(arts);
            Map<String, Integer> number = Stories.numbers(arts);
            out.println(Ansi.bold(arts.get(0).story() + "  " + StoryTitles.title(arts)));
            Map<String, Set<String>> credited = new LinkedHashMap<>();
            for (UpstreamCredit c : d.evidence().credits()) {
                credited.computeIfAbsent(c.article(), k -> new LinkedHashSet<>())
                        .add(c.name());
            }
            int hidden = 0;
            for (StoredArticle a : arts) {
                out.println();
                String outlet = a.article().outlet() == null
                        ? "unknown outlet"
                        : a.article().outlet();
                String date = a.article().published() == null
                        ? "undated"
                        : a.article().published().toString();
                out.printf("%s %s  %s · %s%n", Ansi.bold("[" + number.get(a.id()) + "]"), a.id(), outlet, date);
                Set<String> flags = StoryDigests.flags(d, a.id());
                if (a.nearDuplicateOf() != null) {
                    flags.add("near-duplicate");
                }
                if (!flags.isEmpty()) {
                    out.printf("    flags: %s%n", String.join(", ", flags));
                }
                Set<String> names = credited.getOrDefault(a.id(), Set.of());
                out.printf("    credits: %s%n", names.isEmpty() ? "nobody" : String.join(", ", names));
                hidden += derivations(out, a, d, number);
            }
            out.printf("%n%d derivation%s not credited%n", hidden, hidden == 1 ? "" : "s");
        }
        return 0;
    }

    /** Prints what {@code a} derives from, with evidence; returns how many of those it does not credit. */
    private int derivations(PrintWriter out, StoredArticle a, StoryDigest d, Map<String, Integer> number) {
        int hidden = 0;
        for (ProvenanceEdge e : d.evidence().provenance()) {
            if (!e.article().equals(a.id()) || e.relation() == Relation.CREDITS) {
                continue;
            }
            String source = e.source() instanceof SourceRef.Upstream u
                    ? u.name() + " (upstream report)"
                    : "[" + number.getOrDefault(e.source().wire(), 0) + "] "
                            + e.source().wire();
            if (!e.credited()) {
                hidden++;
            }
            out.printf(
                    "    %s of %s%s (direction from %s)%n",
                    e.relation().label(),
                    source,
                    e.credited() ? ", credited" : ", NOT credited",
                    e.direction().label());
            int shown = 0;
            for (Evidence ev : e.evidence()) {
                if (!evidence && shown == 2) {
                    out.printf(
                            "      … %d more aligned passages (--evidence)%n",
                            e.evidence().size() - 2);
                    break;
                }
                out.printf("      “%s”%n", ClaimsCommand.clip(ClaimsCommand.oneLine(ev.text())));
                shown++;
            }
        }
        return hidden;
    }
}

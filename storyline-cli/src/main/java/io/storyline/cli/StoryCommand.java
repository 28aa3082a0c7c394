package io.storyline.cli;

import io.storyline.claims.ClaimStatus;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.digest.StoryDigest;
import io.storyline.digest.SummarySentence;
import io.storyline.digest.TimelineEntry;
import io.storyline.store.ArticleLoader;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryDigests;
import io.storyline.store.StoryTitles;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Shows one story in the terminal: the summary (each sentence with the articles it cites and how many
 * independent origins back it) and the timeline first, then the articles with their flags.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "story",
        description = {
            "Show one story: summary with citations, timeline, then its articles with their flags.",
            "Citations [n] refer to the numbered articles; '1 origin' marks a sentence only one independent origin backs."
        })
final class StoryCommand implements Callable<Integer> {

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(paramLabel = "ID", description = "Story id (see 'storyline stories') or an article id.")
    String id = "";

    @Option(names = "--summary-length", paramLabel = "N", description = "Summary sentences (default 7).")
    int summaryLength = 7;

    @Option(names = "--no-embeddings", description = "Compare statements by their words only (faster).")
    boolean noEmbeddings;

    @Option(
            names = "--why",
            paramLabel = "ARTICLE",
            description = "Why ARTICLE is in this story: its features and score against the story and the best"
                    + " competing story, as story assembly weighed them.")
    @Nullable
    String why;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (summaryLength < 1 || summaryLength > 30) {
            throw new IllegalArgumentException("--summary-length must be 1..30, got " + summaryLength);
        }
        String article = why;
        if (article != null) {
            try (Store store = Stores.existing(data.data)) {
                String story = Stories.resolve(store, id, data).get(0).story();
                StoryWhy.print(out, store, story, article, ArticleLoader.assembler(AssemblyOptions.defaults()));
            }
            return 0;
        }
        try (Store store = Stores.existing(data.data);
                Views views = Views.open(!noEmbeddings, summaryLength, store)) {
            List<StoredArticle> arts = Stories.inOrder(store, id, data);
            id = arts.get(0).story();
            print(out, arts, views.digests().of(arts));
        }
        return 0;
    }

    private void print(PrintWriter out, List<StoredArticle> arts, StoryDigest d) {
        String title = StoryTitles.title(arts);
        out.println(Ansi.bold(id + "  " + title));
        out.println("=".repeat(Math.min(100, id.length() + 2 + title.length())));
        out.printf("%d articles, %s%n%n", arts.size(), StoriesCommand.dates(arts));
        Map<String, Integer> number = Stories.numbers(arts);
        summary(out, d, number);
        timeline(out, d, number);
        articles(out, arts, d, number);
        long dups = arts.stream().filter(a -> a.nearDuplicateOf() != null).count();
        long contested = d.evidence().claims().stream()
                .filter(c -> c.status() == ClaimStatus.CONTESTED)
                .count();
        out.printf(
                "%n%d near-duplicate%s; %d claims (%d contested), %d quotes: 'storyline claims %s', 'storyline sources %s',"
                        + " 'storyline quotes %s'%n",
                dups,
                dups == 1 ? "" : "s",
                d.evidence().claims().size(),
                contested,
                d.quotes().size(),
                id,
                id,
                id);
    }

    /** The summary, each sentence with the articles it cites and its origins. */
    private static void summary(PrintWriter out, StoryDigest d, Map<String, Integer> number) {
        out.println(Ansi.bold("Summary"));
        if (d.summary().isEmpty()) {
            out.println("  (no claim is stated clearly enough to summarise)");
        }
        for (SummarySentence s : d.summary()) {
            String cites = s.citations().stream()
                    .map(c -> "[" + number.getOrDefault(c, 0) + "]")
                    .collect(Collectors.joining(""));
            String origins = s.singleOrigin() ? "1 origin" : s.independentOrigins() + " origins";
            String status = s.status() == ClaimStatus.CONTESTED ? ", contested" : "";
            out.printf("  • %s %s (%s%s)%n", oneLine(s.text()), cites, origins, status);
        }
    }

    /** The timeline, each entry with its date, the articles that state it and the expression read. */
    private static void timeline(PrintWriter out, StoryDigest d, Map<String, Integer> number) {
        out.println();
        out.println(Ansi.bold("Timeline"));
        if (d.timeline().isEmpty()) {
            out.println("  (no dated event)");
        }
        for (TimelineEntry t : d.timeline()) {
            String cites = t.articles().stream()
                    .map(c -> "[" + number.getOrDefault(c, 0) + "]")
                    .collect(Collectors.joining(""));
            out.printf(
                    "  %-23s %s %s  (\"%s\"%s)%n",
                    t.date(), shorten(t.text(), 110), cites, t.expression(), t.inferred() ? ", date inferred" : "");
        }
    }

    /** The articles, numbered as the citations number them, with outlet, date, headline and flags. */
    private static void articles(
            PrintWriter out, List<StoredArticle> arts, StoryDigest d, Map<String, Integer> number) {
        out.println();
        out.println(Ansi.bold("Articles"));
        int i = 1;
        for (StoredArticle a : arts) {
            String outlet = a.article().outlet() == null
                    ? "unknown outlet"
                    : a.article().outlet();
            String date = a.article().published() == null
                    ? "undated"
                    : a.article().published().toString();
            String headline = a.article().title() != null ? a.article().title() : StoryTitles.firstContentLine(a);
            out.printf("  [%d] %s  %s · %s%n", i, a.id(), outlet, date);
            out.printf("      %s%n", shorten(headline, 96));
            if (a.nearDuplicateOf() != null) {
                out.printf(
                        "      near-duplicate of [%s] %s%n",
                        number.getOrDefault(a.nearDuplicateOf(), 0), a.nearDuplicateOf());
            }
            Set<String> flags = StoryDigests.flags(d, a.id());
            if (!flags.isEmpty()) {
                out.printf("      flags: %s%n", String.join(", ", flags));
            }
            i++;
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}

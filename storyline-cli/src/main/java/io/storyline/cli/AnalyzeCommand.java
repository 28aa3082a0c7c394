package io.storyline.cli;

import io.storyline.analysis.Pipeline;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.core.Article;
import io.storyline.ingest.InputReader;
import io.storyline.ingest.ReadResult;
import io.storyline.store.ArticleLoader;
import io.storyline.store.JsonExport;
import io.storyline.store.LoadListener;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads articles, analyses them, groups them into stories in the data directory. */
@Command(
        mixinStandardHelpOptions = true,
        name = "analyze",
        description =
                "Read articles (.txt .html .htm .json .jsonl .warc .warc.gz, files or directories), analyse them and "
                        + "group them into stories in the data directory. Exit 0: all analysed; 3: some inputs "
                        + "skipped; 1: nothing could be analysed.")
final class AnalyzeCommand implements Callable<Integer> {

    /** How many articles are read before they are put in arrival order and assembled. */
    static final int ORDER_WINDOW = 10_000;

    @Mixin
    DataOptions data = new DataOptions();

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to read.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the whole store as JSON (contract v1).")
    @Nullable
    Path json;

    @Option(names = "--no-progress", description = "Never show the progress bar.")
    boolean noProgress;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = analysis.pipeline();
        Summary summary = new Summary();
        long estimate = InputCount.estimate(paths);
        try (Store store = Store.open(data.data);
                ArticleLoader loader =
                        ArticleLoader.open(store, pipeline, AssemblyOptions.defaults(), analysis.threads)) {
            int storiesBefore = store.stories().size();
            long positionBefore = store.lastPosition();
            // a run killed before it digested what it stored leaves this set: then every story is looked at
            boolean recover = store.digestsPending();
            try (Progress progress = new Progress("analyze", estimate, 2000, !noProgress);
                    ArticleLoader.Session session = loader.session(summary.listener(progress))) {
                read(paths, session, summary, progress);
            }
            summary.stories = store.stories().size();
            summary.newStories = summary.stories - storiesBefore;
            // Digests are data: every story that gained an article is digested once and stored, so
            // serve, story, claims, quotes, sources and export read it instead of computing it.
            try (Views views = Views.open(!analysis.noEmbeddings, store)) {
                summary.digested = views.digests()
                        .refresh(
                                store,
                                recover ? store.storyIds() : store.storiesSince(positionBefore),
                                analysis.threads);
                store.digestsDone();
                if (json != null) {
                    new JsonExport(views.digests()).write(store, json);
                }
            }
        }
        summary.print(out, err, json);
        if (summary.stored + summary.unchanged == 0) {
            return 1;
        }
        return summary.skipped.isEmpty() ? 0 : 3;
    }

    /**
     * Reads {@code paths} and hands their articles to {@code session} in the order story assembly takes
     * them (the order storyline eval uses: by date, undated last, then by a hash of the id, within windows
     * of {@link #ORDER_WINDOW} articles), counting reads and skips in {@code summary}.
     */
    static void read(List<Path> paths, ArticleLoader.Session session, Summary summary, Progress progress) {
        List<Article> window = new ArrayList<>();
        new InputReader().read(paths, r -> {
            if (r instanceof ReadResult.Read read) {
                summary.read++;
                window.add(read.article());
                if (window.size() == ORDER_WINDOW) {
                    EvalSets.sort(window).forEach(session);
                    window.clear();
                }
            } else if (r instanceof ReadResult.Skipped s) {
                summary.skipped.add(s.input() + ": " + s.reason());
                progress.step();
            }
        });
        EvalSets.sort(window).forEach(session);
    }

    /** Counts what happened, for the closing summary. */
    static final class Summary {
        int read;
        int stored;
        int unchanged;
        int stories;
        int newStories;
        int digested;
        final Set<String> touchedStories = new HashSet<>();
        final List<String> skipped = new ArrayList<>();

        LoadListener listener(Progress progress) {
            return new LoadListener() {
                @Override
                public void stored(StoredArticle a) {
                    stored++;
                    touchedStories.add(a.story());
                    progress.step();
                }

                @Override
                public void unchanged(String id) {
                    unchanged++;
                    progress.step();
                }

                @Override
                public void skipped(String input, String reason) {
                    skipped.add(input + ": " + reason);
                    progress.step();
                }
            };
        }

        void print(PrintWriter out, PrintWriter err, @Nullable Path json) {
            out.printf(
                    "read %d articles: %d analysed, %d already stored unchanged; %d input%s skipped%n",
                    read, stored, unchanged, skipped.size(), skipped.size() == 1 ? "" : "s");
            out.printf(
                    "stories: %d in the store (%d new, %d updated by this run)%n",
                    stories, newStories, touchedStories.size());
            out.printf("digests: %d stor%s digested and stored%n", digested, digested == 1 ? "y" : "ies");
            if (json != null) {
                out.printf("wrote %s%n", json);
            }
            if (!skipped.isEmpty()) {
                err.println("skipped:");
                skipped.stream().limit(50).forEach(s -> err.println("  " + s));
                if (skipped.size() > 50) {
                    err.printf("  … and %d more%n", skipped.size() - 50);
                }
            }
        }
    }
}

package io.storyline.cli;

import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StageTimes;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.core.Article;
import io.storyline.eval.Clustering;
import io.storyline.store.ArticleLoader;
import io.storyline.store.LoadListener;
import io.storyline.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the whole analyze path (analysis, story assembly, store) on articles in a fresh temporary
 * data directory and scores the stories against gold; the directory is deleted afterwards.
 */
final class ClusteringRun {

    /**
     * What one run measured.
     *
     * @param seconds wall time of the analyze path (analysis, assembly, store)
     * @param stageMillis time of each article stage, summed over threads
     */
    record Result(Clustering.Scores scores, int articles, double seconds, Map<String, Double> stageMillis) {
        double articlesPerSecond() {
            return seconds == 0 ? 0 : articles / seconds;
        }
    }

    private ClusteringRun() {}

    static Result run(List<Article> articles, Map<String, String> gold, Pipeline pipeline, int threads) {
        StageTimes times = new StageTimes();
        Path dir;
        try {
            dir = Files.createTempDirectory("storyline-eval");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data directory: " + e.getMessage(), e);
        }
        try (Store store = Store.open(dir)) {
            long t0 = System.nanoTime();
            try (ArticleLoader loader =
                    ArticleLoader.open(store, pipeline.timed(times), AssemblyOptions.defaults(), threads)) {
                loader.load(articles.iterator(), new LoadListener() {});
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, String> predicted = new HashMap<>();
            store.stories().forEach((story, ids) -> ids.forEach(id -> predicted.put(id, story)));
            return new Result(Clustering.score(predicted, gold), articles.size(), seconds, times.millis());
        } finally {
            delete(dir);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}

package io.storyline.cli;

import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StageTimes;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.core.Article;
import io.storyline.digest.StoryArticle;
import io.storyline.digest.StoryDigester;
import io.storyline.eval.Clustering;
import io.storyline.store.ArticleLoader;
import io.storyline.store.LoadListener;
import io.storyline.store.Store;
import io.storyline.store.StoryDigests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

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
     * @param storyMillis time of each story-level view (one thread), empty unless the run digested
     *     the stories
     */
    record Result(
            Clustering.Scores scores,
            int articles,
            double seconds,
            Map<String, Double> stageMillis,
            Map<String, Double> storyMillis) {
        double articlesPerSecond() {
            return seconds == 0 ? 0 : articles / seconds;
        }
    }

    private ClusteringRun() {}

    static Result run(List<Article> articles, Map<String, String> gold, Pipeline pipeline, int threads) {
        return run(articles, gold, pipeline, threads, null);
    }

    /**
     * The analyze path, then, when {@code digester} is not null, the digest of every stored story in
     * story order (what the JSON export computes), timed by view.
     */
    static Result run(
            List<Article> articles,
            Map<String, String> gold,
            Pipeline pipeline,
            int threads,
            @Nullable StoryDigester digester) {
        StageTimes times = new StageTimes();
        StageTimes storyTimes = new StageTimes();
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
            if (digester != null) {
                for (String story : store.stories().keySet()) {
                    List<StoryArticle> input = StoryDigests.inStoryOrder(store.story(story)).stream()
                            .map(StoryDigests::input)
                            .toList();
                    digester.digest(input, storyTimes);
                }
            }
            return new Result(
                    Clustering.score(predicted, gold), articles.size(), seconds, times.millis(), storyTimes.millis());
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

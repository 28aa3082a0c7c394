package io.storyline.cli;

import io.storyline.analysis.Pipeline;
import io.storyline.cluster.ArticleFeatures;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.cluster.StoryAssembler;
import io.storyline.cluster.StoryPairModel;
import io.storyline.core.Article;
import io.storyline.digest.StoryDigester;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures throughput of the whole analyze path on basil-dev + ecbplus-dev (articles per second,
 * peak heap, time per stage) and the cost of adding one article to story assembly at two corpus
 * sizes ten times apart (synthetic articles).
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "bench",
        description = "Throughput, peak heap, time per stage, and story-assembly cost at two sizes.",
        subcommands = BenchStreamCommand.class)
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--shared", paramLabel = "DIR", description = "The evaluation folder (default: ../shared/eval).")
    Path shared = Path.of("");

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Option(
            names = "--sizes",
            split = ",",
            description = "Corpus sizes for the assembly scaling test (default: 2000,20000).")
    List<Integer> sizes = List.of(2000, 20000);

    @Option(names = "--assembly-only", description = "Only the story-assembly cost at --sizes (no analysis).")
    boolean assemblyOnly;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (assemblyOnly) {
            sizes.forEach(size -> scaling(out, size));
            return 0;
        }
        Path root = EvalSets.sharedEval(shared);
        out.printf(
                "machine: %d cores, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        Pipeline pipeline = analysis.pipeline();
        out.printf("model loading: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        List<Article> articles = new ArrayList<>(EvalSets.articles(root.resolve("basil-dev")));
        articles.addAll(EvalSets.articles(root.resolve("ecbplus-dev")));
        Map<String, String> gold = new HashMap<>(EvalSets.goldStories(root.resolve("basil-dev")));
        gold.putAll(EvalSets.goldStories(root.resolve("ecbplus-dev")));
        // warm-up on a slice, then the measured run
        ClusteringRun.run(articles.subList(0, Math.min(100, articles.size())), gold, pipeline, analysis.threads);
        resetPeaks();
        ClusteringRun.Result r = ClusteringRun.run(articles, gold, pipeline, analysis.threads);
        out.printf(
                "analyze path, basil-dev + ecbplus-dev: %d articles in %.1f s = %.1f articles/s (%d threads); "
                        + "peak heap %d MB; B3 F1 on the union %.4f%n",
                r.articles(),
                r.seconds(),
                r.articlesPerSecond(),
                analysis.threads,
                peakHeapMb(),
                r.scores().bcubedF1());
        double total = r.stageMillis().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        r.stageMillis()
                .forEach((stage, ms) -> out.printf(
                        "  stage %-12s %8.0f ms cpu-summed (%4.1f%%), %.2f ms/article%n",
                        stage, ms, 100 * ms / total, ms / r.articles()));
        wholePipeline(out, root.resolve("basil-dev"), pipeline);
        for (int size : sizes) {
            scaling(out, size);
        }
        return 0;
    }

    /**
     * The main job's whole pipeline on one set: the analyze path, then every stored story's views (as
     * the JSON export computes them), once to warm up and once measured, each with a fresh embedding
     * cache; prints the time of every stage and the share of claims+provenance in the whole.
     */
    private void wholePipeline(PrintWriter out, Path set, Pipeline pipeline) {
        List<Article> articles = EvalSets.articles(set);
        Map<String, String> gold = EvalSets.goldStories(set);
        try (Views views = Views.open(!analysis.noEmbeddings)) {
            ClusteringRun.run(articles, gold, pipeline, analysis.threads, new StoryDigester(views.embedder(), 7));
            ClusteringRun.Result r = ClusteringRun.run(
                    articles, gold, pipeline, analysis.threads, new StoryDigester(views.embedder(), 7));
            double articleMs = sum(r.stageMillis());
            double storyMs = sum(r.storyMillis());
            double whole = articleMs + storyMs;
            out.printf(
                    "whole pipeline, %s (%d articles, %d stories found; second of two runs, fresh embedding cache): "
                            + "article stages %.0f ms cpu-summed (%d threads), story views %.0f ms (one thread)%n",
                    set.getFileName(),
                    r.articles(),
                    r.scores().predictedClusters(),
                    articleMs,
                    analysis.threads,
                    storyMs);
            r.stageMillis()
                    .forEach((stage, ms) ->
                            out.printf("  article %-18s %7.0f ms (%4.1f%%)%n", stage, ms, 100 * ms / whole));
            r.storyMillis()
                    .forEach((stage, ms) ->
                            out.printf("  story   %-18s %7.0f ms (%4.1f%%)%n", stage, ms, 100 * ms / whole));
            double claims = r.storyMillis().getOrDefault("claims+provenance", 0.0);
            out.printf(
                    "  claims+provenance: %.2f of the whole pipeline; %.2f times the rest of it; %.2f times the article stages%n",
                    claims / Math.max(1e-9, whole),
                    claims / Math.max(1e-9, whole - claims),
                    claims / Math.max(1e-9, articleMs));
        }
    }

    private static double sum(Map<String, Double> millis) {
        return millis.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    /** Adds {@code size} synthetic articles (about 4 per story) and times the last 1000 adds. */
    static void scaling(PrintWriter out, int size) {
        scaling(out, size, false);
        scaling(out, size, true);
    }

    /** {@link #scaling} with the hand-weighted score or the pair model. */
    static void scaling(PrintWriter out, int size, boolean learned) {
        AssemblyOptions d = AssemblyOptions.defaults();
        StoryAssembler assembler =
                learned ? new StoryAssembler(d, StoryPairModel.shipped()) : new StoryAssembler(d, null);
        SplittableRandom rnd = new SplittableRandom(42);
        int measured = Math.min(1000, size / 2);
        long nanos = 0;
        for (int i = 0; i < size; i++) {
            ArticleFeatures f = SyntheticArticles.article(rnd, i, i / 4);
            long t0 = System.nanoTime();
            assembler.add(f);
            if (i >= size - measured) {
                nanos += System.nanoTime() - t0;
            }
        }
        out.printf(
                "story assembly (%s) at %6d articles (%6d stories): %.3f ms per added article (mean of the last %d)%n",
                learned ? "pair model" : "hand-weighted",
                size,
                assembler.stories().size(),
                nanos / 1e6 / measured,
                measured);
    }
}

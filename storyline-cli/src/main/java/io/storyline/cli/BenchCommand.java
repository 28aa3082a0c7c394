package io.storyline.cli;

import io.storyline.cluster.ArticleFeatures;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.cluster.StoryAssembler;
import io.storyline.cluster.StoryPairModel;
import java.io.PrintWriter;
import java.nio.file.Path;
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
 * Measures the whole path users run, {@code analyze --json} on basil-dev + ecbplus-dev with every
 * story's digest ({@link WholePathBench}: articles per second end to end, time per article stage and
 * per story view, peak heap), and the cost of adding one article to story assembly at two corpus sizes
 * ten times apart (synthetic articles).
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "bench",
        description = "The whole path (analyze --json): articles/s, time per stage and view, peak heap; "
                + "and story-assembly cost at two sizes.",
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

    @Option(names = "--whole-path-only", description = "Only the whole path (no story-assembly cost).")
    boolean wholePathOnly;

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
        Map<String, String> gold = new HashMap<>(EvalSets.goldStories(root.resolve("basil-dev")));
        gold.putAll(EvalSets.goldStories(root.resolve("ecbplus-dev")));
        WholePathBench.run(
                out,
                List.of(
                        root.resolve("basil-dev").resolve("articles.jsonl"),
                        root.resolve("ecbplus-dev").resolve("articles.jsonl")),
                gold,
                analysis::pipeline,
                !analysis.noEmbeddings,
                analysis.threads);
        if (!wholePathOnly) {
            for (int size : sizes) {
                scaling(out, size);
            }
        }
        return 0;
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

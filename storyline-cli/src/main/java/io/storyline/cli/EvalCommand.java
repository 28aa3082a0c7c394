package io.storyline.cli;

import io.storyline.analysis.Pipeline;
import io.storyline.eval.ClaimScores;
import io.storyline.eval.Clustering;
import io.storyline.eval.Gates;
import io.storyline.eval.TimexScores;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Measures Storyline on labelled data: {@code eval clustering DIR}, {@code eval extraction DIR}, or every known set. */
@Command(
        mixinStandardHelpOptions = true,
        name = "eval",
        description = "Score Storyline on labelled sets. Without a subcommand: every set it knows under --shared.",
        subcommands = {
            EvalCommand.ClusteringCommand.class,
            ExtractionCommand.class,
            QuotesEval.class,
            TimexEval.class,
            ClaimsEval.class,
            ParaphraseEval.class,
            ClaimModelCommand.class
        })
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--shared", paramLabel = "DIR", description = "The evaluation folder (default: ../shared/eval).")
    Path shared = Path.of("");

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path root = EvalSets.sharedEval(shared);
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no evaluation folder at " + root + ": give it with --shared DIR");
        }
        Pipeline pipeline = analysis.pipeline();
        boolean ok = true;
        Path seedDir = root.resolve("ceasefire-2025");
        if (Files.isRegularFile(seedDir.resolve("gold-stories.tsv"))) {
            // the whole analyze path; basil-dev and ecbplus-dev are scored on held-out folds below
            ok &= clustering(
                    out, "ceasefire-2025", seedDir, pipeline, analysis.threads, Gates.clustering("ceasefire-2025"));
        }
        AnalysedSets sets = new AnalysedSets(pipeline, analysis.threads);
        ok &= ClusteringCv.scorecard(out, root, sets);
        try (Views views = Views.open(!analysis.noEmbeddings)) {
            for (String set : new String[] {"ceasefire-2025", "polnear-dev", "basil-dev"}) {
                Path dir = root.resolve(set);
                if (Files.isRegularFile(dir.resolve("gold-quotes.jsonl"))) {
                    ok &= QuotesEval.run(out, set, dir, sets.of(dir), views, Gates.quotes(set));
                }
            }
            ok &= GarbleEval.run(out, root, sets);
            sets.release(root.resolve("polnear-dev")); // the claims below read the others again
            for (String set : new String[] {"ceasefire-2025", "basil-dev", "ecbplus-dev"}) {
                Path dir = root.resolve(set);
                if (Files.isRegularFile(dir.resolve("articles.jsonl"))) {
                    ClaimScores.Scores seed =
                            ClaimsEval.run(out, set, dir, sets.of(dir), views).seed();
                    if (seed != null) {
                        ok &= seedGates(out, seed);
                    }
                }
            }
            Path mrpc = root.resolve("mrpc-train");
            if (Files.isRegularFile(mrpc.resolve("pairs.tsv"))) {
                ok &= ParaphraseEval.run(out, mrpc, views);
                if (views.embedder() != null) {
                    ParaphraseEval.crossValidated(out, mrpc, views, ParaphraseEval.FOLDS);
                }
            }
        }
        Path tempeval = root.resolve("tempeval3-train");
        if (Files.isRegularFile(tempeval.resolve("gold-timex.jsonl"))) {
            TimexScores.Scores t = TimexEval.run(out, "tempeval3-train", tempeval, Gates.TIMEX_F1, Gates.TIMEX_VALUE);
            ok &= t.f1() >= Gates.TIMEX_F1 && t.valueAccuracy() >= Gates.TIMEX_VALUE;
        }
        List<Path> extraction = new ArrayList<>();
        for (String set : new String[] {"extraction-dev", "extraction-news-dev"}) {
            if (Files.isRegularFile(root.resolve(set).resolve("gold.jsonl"))) {
                extraction.add(root.resolve(set));
            }
        }
        if (!extraction.isEmpty()) {
            ok &= ExtractionCommand.report(out, extraction, 2, ExtractionCommand::gate);
        }
        return ok ? 0 : 1;
    }

    /** The seed story's claim, credit, conflict and garble floors; prints the verdict. */
    private static boolean seedGates(PrintWriter out, ClaimScores.Scores seed) {
        boolean pass = seed.creditRecall() >= Gates.SEED_CREDIT_RECALL
                && seed.joined() == 0
                && seed.surfaced() >= 5
                && seed.claims().found() >= Gates.SEED_CLAIMS_FOUND
                && seed.claims().mixed() <= Gates.SEED_CLAIMS_MIXED
                && seed.garbled().size() == 1;
        out.println("  seed gates (credits >= 0.9, no conflict joined, surfaced >= 5, claims found"
                + " (strict) >= " + Gates.SEED_CLAIMS_FOUND + " with mixed <= "
                + Gates.SEED_CLAIMS_MIXED
                + ", one article machine-garbled): " + (pass ? "PASS" : "FAIL"));
        return pass;
    }

    static boolean clustering(PrintWriter out, String name, Path dir, Pipeline pipeline, int threads, double min) {
        ClusteringRun.Result r =
                ClusteringRun.run(EvalSets.articles(dir), EvalSets.goldStories(dir), pipeline, threads);
        Clustering.Scores s = r.scores();
        boolean pass = s.bcubedF1() >= min;
        out.printf(
                "clustering %-15s articles=%d gold=%d predicted=%d  B3 P=%.4f R=%.4f F1=%.4f  pairwise P=%.4f R=%.4f F1=%.4f"
                        + "  %.1f articles/s  %s%n",
                name,
                s.items(),
                s.goldClusters(),
                s.predictedClusters(),
                s.bcubedPrecision(),
                s.bcubedRecall(),
                s.bcubedF1(),
                s.pairPrecision(),
                s.pairRecall(),
                s.pairF1(),
                r.articlesPerSecond(),
                min > 0 ? (pass ? "PASS (>= " + min + ")" : "FAIL (< " + min + ")") : "");
        StringBuilder stages = new StringBuilder("  ms per article by stage (summed over threads):");
        r.stageMillis().forEach((stage, ms) -> stages.append(String.format(" %s=%.1f", stage, ms / r.articles())));
        out.println(stages);
        return pass;
    }

    /** {@code storyline eval clustering DIR}. */
    @Command(
            mixinStandardHelpOptions = true,
            name = "clustering",
            description = "B-cubed and pairwise scores of story grouping on DIR/articles.jsonl.")
    static final class ClusteringCommand implements Callable<Integer> {

        @Parameters(
                paramLabel = "DIR",
                arity = "1..*",
                description = "Folders with articles.jsonl and gold-stories.tsv (several only with --folds).")
        List<Path> dirs = new ArrayList<>();

        @Option(names = "--min-f1", description = "Fail (exit 1) when B-cubed F1 is below this.")
        double min;

        @Option(
                names = "--folds",
                paramLabel = "K",
                description = "Cross-validate: K folds by topic (the id before '_'), every knob chosen on the"
                        + " other folds; each held-out fold grouped alone in --orders random orders.")
        int folds;

        @Option(names = "--orders", paramLabel = "N", description = "Random arrival orders per fold (default 3).")
        int orders = 3;

        @Option(
                names = "--first-sentence",
                description = "Reduce every article to its title and first sentence (short items).")
        boolean firstSentence;

        @Option(
                names = "--out",
                paramLabel = "FILE",
                description = "Write the story pair model fitted on every article of every DIR here (without"
                        + " --folds: only that, no held-out figures).")
        @Nullable
        Path modelOut;

        @Mixin
        AnalysisOptions analysis = new AnalysisOptions();

        @Spec
        @SuppressWarnings("NullAway.Init")
        CommandSpec spec;

        @Override
        public Integer call() {
            if (folds <= 0 && modelOut == null && (firstSentence || dirs.size() > 1)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--first-sentence and several DIRs need --folds K or --out FILE");
            }
            if (folds == 1 || orders < 1) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--folds must be 0 (off) or >= 2 and --orders >= 1");
            }
            Pipeline pipeline = analysis.pipeline();
            PrintWriter out = spec.commandLine().getOut();
            if (folds == 0 && modelOut == null) {
                Path dir = dirs.get(0);
                String name = dir.toAbsolutePath().normalize().getFileName().toString();
                return clustering(out, name, dir, pipeline, analysis.threads, min) ? 0 : 1;
            }
            long[] seeds = LongStream.rangeClosed(1, orders).toArray();
            boolean ok = true;
            List<ClusteringFolds.Item> all = new ArrayList<>();
            List<String> figures = new ArrayList<>();
            for (Path dir : dirs) {
                String name = dir.toAbsolutePath().normalize().getFileName().toString()
                        + (firstSentence ? " (first sentence)" : "");
                List<ClusteringFolds.Item> items = ClusteringCv.items(dir, firstSentence, pipeline, analysis.threads);
                all.addAll(items);
                if (folds == 0) {
                    continue;
                }
                ClusteringCv.Result r = ClusteringCv.crossValidate(out, name, items, folds, seeds, true);
                figures.add(String.format(
                        java.util.Locale.ROOT, "%s %.4f (TF-IDF single pass %.4f)", name, r.learned(), r.baseline()));
                ok &= r.learned() >= min;
            }
            Path file = modelOut;
            if (file != null) {
                String command = "storyline eval clustering "
                        + String.join(" ", dirs.stream().map(Path::toString).toList())
                        + (folds > 0 ? " --folds " + folds : "") + " --orders " + orders
                        + (firstSentence ? " --first-sentence" : "")
                        + " --out " + file.getFileName();
                ClusteringCv.writeModel(out, all, seeds, file, command, figures);
            }
            return ok ? 0 : 1;
        }
    }
}

package io.storyline.cli;

import io.storyline.analysis.Pipeline;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.cluster.StoryPairModel;
import io.storyline.core.Article;
import io.storyline.eval.Clustering;
import io.storyline.eval.Gates;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code storyline eval clustering DIR... --folds K}: held-out fold B-cubed of story grouping (the
 * learned pair model with its trees and, for comparison, its logistic regression alone, the hand-weighted score as shipped and with its threshold cross-validated, and
 * the plain TF-IDF single pass), each as the worst of several random arrival orders; and the pair
 * model fitted on every article, written with the command that trained it. Stateless.
 */
final class ClusteringCv {

    /** Worst-order held-out means of each grouper. */
    record Result(double learned, double hand, double handTuned, double baseline) {}

    private ClusteringCv() {}

    /** The analysed articles of {@code dir}, reduced to their first sentence when asked. */
    static List<ClusteringFolds.Item> items(Path dir, boolean firstSentence, Pipeline pipeline, int threads) {
        List<Article> articles = EvalSets.articles(dir);
        if (firstSentence) {
            articles = articles.stream().map(ClusteringFolds::firstSentence).toList();
        }
        return ClusteringFolds.analyse(articles, EvalSets.goldStories(dir), pipeline, threads);
    }

    /** The items of {@code dir} from the scorecard's shared analysis. */
    static List<ClusteringFolds.Item> items(Path dir, AnalysedSets sets) {
        return ClusteringFolds.items(sets.of(dir).articles(), EvalSets.goldStories(dir));
    }

    /**
     * Prints and returns the held-out figures of every grouper on {@code items}; the pair model's
     * logistic regression alone and the hand-weighted score only when {@code hand} (the latter's figures
     * are 0 otherwise).
     */
    static Result crossValidate(
            PrintWriter out, String set, List<ClusteringFolds.Item> items, int folds, long[] seeds, boolean hand) {
        out.printf(
                Locale.ROOT,
                "clustering %s: %d articles, %d folds by topic, each held-out fold grouped alone in %d random orders;"
                        + " knobs (in parentheses) chosen on the other folds%n",
                set,
                items.size(),
                folds,
                seeds.length);
        AssemblyOptions options = AssemblyOptions.defaults();
        double learned = FoldReport.report(
                out,
                "pair model (trees)",
                ClusteringFolds.crossValidate(
                        items, folds, seeds, new ClusteringGroupers.Learned(options, ClusteringGroupers.TREES)),
                seeds);
        double shipped = 0;
        double tuned = 0;
        if (hand) {
            FoldReport.report(
                    out,
                    "pair model (logistic)",
                    ClusteringFolds.crossValidate(items, folds, seeds, new ClusteringGroupers.Learned(options, null)),
                    seeds);
            shipped = FoldReport.report(
                    out,
                    "hand-weighted, as shipped",
                    ClusteringFolds.crossValidate(items, folds, seeds, ClusteringGroupers.hand(options, false)),
                    seeds);
            tuned = FoldReport.report(
                    out,
                    "hand-weighted, threshold CV",
                    ClusteringFolds.crossValidate(items, folds, seeds, ClusteringGroupers.hand(options, true)),
                    seeds);
        }
        double baseline = FoldReport.report(
                out,
                "TF-IDF single pass",
                ClusteringFolds.crossValidate(items, folds, seeds, ClusteringGroupers.baseline()),
                seeds);
        return new Result(learned, shipped, tuned, baseline);
    }

    /**
     * The clustering part of {@code storyline eval}: basil-dev and ecbplus-dev cross-validated (5 topic
     * folds, 3 orders, gated on the pair model's worst-order held-out mean, {@link Gates#clustering}),
     * and the seed story with the shipped assembler among both sets in 3 orders: one story, alone.
     */
    static boolean scorecard(PrintWriter out, Path root, AnalysedSets sets) {
        long[] seeds = {1, 2, 3};
        boolean ok = true;
        List<ClusteringFolds.Item> union = new ArrayList<>();
        for (String set : new String[] {"basil-dev", "ecbplus-dev"}) {
            Path dir = root.resolve(set);
            if (!Files.isRegularFile(dir.resolve("gold-stories.tsv"))) {
                continue;
            }
            List<ClusteringFolds.Item> items = items(dir, sets);
            Clustering.Scores whole = Clustering.score(ClusteringFolds.shipped(items), ClusteringFolds.gold(items));
            out.printf(
                    Locale.ROOT,
                    "clustering %-15s whole set in the order analyze takes it, shipped pair model (in-sample: it was"
                            + " trained on these articles): B3 P=%.4f R=%.4f F1=%.4f, %d stories for %d%n",
                    set,
                    whole.bcubedPrecision(),
                    whole.bcubedRecall(),
                    whole.bcubedF1(),
                    whole.predictedClusters(),
                    whole.goldClusters());
            double learned = crossValidate(out, set, items, 5, seeds, false).learned();
            boolean pass = learned >= Gates.clustering(set);
            out.printf(
                    Locale.ROOT,
                    "  gate: held-out worst-order B3 F1 %.4f %s %.2f: %s%n",
                    learned,
                    pass ? ">=" : "<",
                    Gates.clustering(set),
                    pass ? "PASS" : "FAIL");
            ok &= pass;
            union.addAll(items);
        }
        Path seed = root.resolve("ceasefire-2025");
        if (Files.isRegularFile(seed.resolve("gold-stories.tsv"))) {
            List<ClusteringFolds.Item> seedItems = items(seed, sets);
            union.addAll(seedItems);
            boolean alone = true;
            for (long s : seeds) {
                Map<String, String> predicted = ClusteringFolds.shipped(ClusteringFolds.order(union, s));
                Set<String> stories = new HashSet<>();
                seedItems.forEach(i -> stories.add(predicted.get(i.id())));
                long members =
                        predicted.values().stream().filter(stories::contains).count();
                alone &= stories.size() == 1 && members == seedItems.size();
                out.printf(
                        Locale.ROOT,
                        "  seed among basil-dev and ecbplus-dev, order %d: %d stor%s holding %d articles%n",
                        s,
                        stories.size(),
                        stories.size() == 1 ? "y" : "ies",
                        members);
            }
            out.println("  gate: the seed one story, alone, in every order: " + (alone ? "PASS" : "FAIL"));
            ok &= alone;
        }
        return ok;
    }

    /** Fits the pair model on every item, chooses its thresholds there, and writes it to {@code file}. */
    static void writeModel(
            PrintWriter out,
            List<ClusteringFolds.Item> items,
            long[] seeds,
            Path file,
            String command,
            List<String> figures) {
        ClusteringGroupers.Learned learner =
                new ClusteringGroupers.Learned(AssemblyOptions.defaults(), ClusteringGroupers.TREES);
        List<Double> knob = ClusteringFolds.choose(items, seeds, learner);
        List<String> header = new ArrayList<>(List.of(
                "Story pair model: gradient-boosted trees over StoryPairModel.FEATURES (" + ClusteringGroupers.TREES
                        + ")",
                "blended by treeShare with a logistic regression on the standardised features, fitted on the same pairs."
                        + " Trained by",
                "  " + command,
                "on the candidate stories met by the " + items.size() + " articles placed in their gold stories in "
                        + seeds.length + " random orders; join, merge and treeShare (the trees' share of the",
                "log-odds, the rest the logistic regression's) chosen on the same articles.",
                figures.isEmpty()
                        ? "Held-out figures: the same command with --folds 5."
                        : "Held-out topic folds (models fitted on the other folds), worst of " + seeds.length
                                + " orders, B3 F1:"));
        figures.forEach(f -> header.add("  " + f));
        StoryPairModel m = learner.tuned(knob).withHeader(header);
        try {
            Files.writeString(file, m.write(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        out.printf(
                Locale.ROOT,
                "wrote the pair model fitted on all %d articles (join %.2f, merge %.2f, tree share %.2f) to %s%n",
                items.size(),
                knob.get(0),
                knob.get(1),
                m.treeShare(),
                file);
    }
}

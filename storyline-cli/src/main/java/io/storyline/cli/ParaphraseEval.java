package io.storyline.cli;

import io.storyline.claims.Alignment;
import io.storyline.claims.Statement;
import io.storyline.claims.StatementAligner;
import io.storyline.eval.Gates;
import io.storyline.eval.ParaphrasePair;
import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storyline eval paraphrase DIR}: the statement-alignment decision that claims use, on the
 * sentence pairs of {@code DIR/pairs.tsv} (MRPC layout: label, id1, id2, sentence1, sentence2), against
 * the paraphrase label: accuracy and F1 on each half and on the whole (its weights were fitted on the
 * first half); then, with {@code --folds K}, the held-out accuracy of the claim pair model's logistic
 * regression over {@link io.storyline.claims.AssertionFeatures} fitted on the other folds, beside the
 * majority label and the MiniLM cosine alone.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "paraphrase",
        description = "The claim alignment decision on DIR/pairs.tsv (MRPC) against its paraphrase labels.")
final class ParaphraseEval implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder with pairs.tsv.")
    Path dir = Path.of(".");

    @Option(names = "--no-embeddings", description = "Lexical evidence only.")
    boolean noEmbeddings;

    @Option(
            names = "--folds",
            description = "Also cross-validate the claim pair model's logistic regression over "
                    + "AssertionFeatures on K folds of the pairs (0: skip; default: ${DEFAULT-VALUE}).")
    int folds = FOLDS;

    /** Folds of the cross-validated figure (pair {@code i} in fold {@code i % FOLDS}). */
    static final int FOLDS = 5;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Views views = Views.open(!noEmbeddings)) {
            PrintWriter out = spec.commandLine().getOut();
            boolean pass = run(out, dir, views);
            if (folds > 1) {
                crossValidated(out, dir, views, folds);
            }
            return pass ? 0 : 1;
        }
    }

    /** Prints the scores; false below the floors (accuracy 0.75, F1 0.83). */
    static boolean run(PrintWriter out, Path dir, Views views) {
        List<ParaphrasePair> pairs = ParaphrasePair.read(dir);
        OpenNlpAnalyzer nlp = new OpenNlpAnalyzer(EnglishModels.load());
        StatementAligner aligner = new StatementAligner(views.embedder());
        int half = pairs.size() / 2;
        int[][] c = new int[2][4];
        int embedded = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < pairs.size(); i++) {
            ParaphrasePair p = pairs.get(i);
            Alignment a = aligner.align(Statement.of(p.a(), nlp), Statement.of(p.b(), nlp));
            embedded += a.embedded() ? 1 : 0;
            c[i < half ? 0 : 1][(a.same() ? 0 : 2) + (p.same() ? 0 : 1)]++;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int[] all = new int[4];
        for (int k = 0; k < 4; k++) {
            all[k] = c[0][k] + c[1][k];
        }
        double[] whole = scores(all);
        boolean pass = whole[0] >= Gates.PARAPHRASE_ACCURACY && whole[1] >= Gates.PARAPHRASE_F1;
        out.printf(
                Locale.ROOT,
                "paraphrase %-15s pairs=%d accuracy=%.3f F1=%.3f (first half %.3f/%.3f, second half %.3f/%.3f);"
                        + " %d pairs embedded; %.0f pairs/s  %s%n",
                dir.toAbsolutePath().normalize().getFileName(),
                pairs.size(),
                whole[0],
                whole[1],
                scores(c[0])[0],
                scores(c[0])[1],
                scores(c[1])[0],
                scores(c[1])[1],
                embedded,
                pairs.size() / Math.max(1e-9, seconds),
                pass ? "PASS (accuracy >= 0.75, F1 >= 0.83)" : "FAIL (accuracy >= 0.75, F1 >= 0.83)");
        return pass;
    }

    /**
     * Prints the held-out accuracy (mean ± sd over {@code k} folds, pair {@code i} in fold {@code i % k})
     * of a logistic regression over {@link io.storyline.claims.AssertionFeatures} fitted on the other
     * folds, its threshold chosen there for accuracy; beside it, the two simplest baselines: the
     * majority label and the embedding cosine alone with its threshold chosen on the other folds.
     */
    static void crossValidated(PrintWriter out, Path dir, Views views, int k) {
        List<List<Double>> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        ClaimModelCommand.mrpc(views, dir, x, y);
        int cosine = io.storyline.claims.AssertionFeatures.NAMES.indexOf("cosine");
        double[] model = new double[k];
        double[] majority = new double[k];
        double[] cos = new double[k];
        for (int f = 0; f < k; f++) {
            List<List<Double>> tx = new ArrayList<>();
            List<Boolean> ty = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < x.size(); i++) {
                if (i % k == f) {
                    test.add(i);
                } else {
                    tx.add(x.get(i));
                    ty.add(y.get(i));
                }
            }
            io.storyline.claims.ClaimPairModel m = io.storyline.claims.ClaimPairModel.fit(
                    tx, ty, java.util.Collections.nCopies(tx.size(), 1.0), ClaimModelCommand.L2);
            List<Double> trainScores = tx.stream().map(m::probability).toList();
            double t = bestThreshold(trainScores, ty);
            double tc = bestThreshold(tx.stream().map(v -> v.get(cosine)).toList(), ty);
            long positives = ty.stream().filter(b -> b).count();
            boolean majorityLabel = 2 * positives >= ty.size();
            int okModel = 0;
            int okMajority = 0;
            int okCos = 0;
            for (int i : test) {
                okModel += (m.probability(x.get(i)) >= t) == y.get(i) ? 1 : 0;
                okMajority += majorityLabel == y.get(i) ? 1 : 0;
                okCos += (x.get(i).get(cosine) >= tc) == y.get(i) ? 1 : 0;
            }
            model[f] = (double) okModel / test.size();
            majority[f] = (double) okMajority / test.size();
            cos[f] = (double) okCos / test.size();
        }
        out.printf(
                Locale.ROOT,
                "paraphrase %-15s %d-fold cross-validated accuracy (held-out folds, mean ± sd): pair model %s;"
                        + " baselines: majority label %s, MiniLM cosine alone %s%n",
                dir.toAbsolutePath().normalize().getFileName(),
                k,
                meanSd(model),
                meanSd(majority),
                meanSd(cos));
    }

    /** The threshold on {@code scores} with the best accuracy on {@code labels} (predict same at or above). */
    static double bestThreshold(List<Double> scores, List<Boolean> labels) {
        Integer[] order = new Integer[scores.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(scores::get));
        long positives = labels.stream().filter(b -> b).count();
        // Threshold just above order[j - 1]: the first j predicted different.
        long correct = positives;
        long best = correct;
        double threshold = Double.NEGATIVE_INFINITY;
        for (int j = 1; j <= order.length; j++) {
            correct += labels.get(order[j - 1]) ? -1 : 1;
            boolean tie = j < order.length && scores.get(order[j]).equals(scores.get(order[j - 1]));
            if (!tie && correct > best) {
                best = correct;
                threshold = j < order.length
                        ? (scores.get(order[j - 1]) + scores.get(order[j])) / 2
                        : Double.POSITIVE_INFINITY;
            }
        }
        return threshold;
    }

    private static String meanSd(double[] v) {
        double mean = java.util.Arrays.stream(v).average().orElse(0);
        double var =
                java.util.Arrays.stream(v).map(a -> (a - mean) * (a - mean)).sum() / Math.max(1, v.length - 1);
        return String.format(Locale.ROOT, "%.3f ± %.3f", mean, Math.sqrt(var));
    }

    private static double[] scores(int[] c) {
        int n = c[0] + c[1] + c[2] + c[3];
        return new double[] {n == 0 ? 0 : (double) (c[0] + c[3]) / n, 2.0 * c[0] / Math.max(1, 2.0 * c[0] + c[1] + c[2])
        };
    }
}

package io.storyline.cli;

import io.storyline.cli.ClusteringFolds.FoldScore;
import io.storyline.eval.Clustering;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The printed report of a cross-validated grouping ({@link ClusteringFolds#crossValidate}). Stateless. */
final class FoldReport {

    private FoldReport() {}

    /**
     * Prints each held-out fold's B-cubed F1 in every order, each order's mean ± sd over folds, and
     * the stability between the first two orders (B-cubed F1 of one order's stories against the
     * other's, mean over folds); returns the worst order's mean.
     */
    static double report(PrintWriter out, String name, List<FoldScore> scores, long[] seeds) {
        double worst = Double.MAX_VALUE;
        StringBuilder b = new StringBuilder();
        for (long seed : seeds) {
            double[] f1 = scores.stream()
                    .filter(s -> s.seed() == seed)
                    .mapToDouble(s -> s.scores().bcubedF1())
                    .toArray();
            double[] p = scores.stream()
                    .filter(s -> s.seed() == seed)
                    .mapToDouble(s -> s.scores().bcubedPrecision())
                    .toArray();
            double[] r = scores.stream()
                    .filter(s -> s.seed() == seed)
                    .mapToDouble(s -> s.scores().bcubedRecall())
                    .toArray();
            worst = Math.min(worst, Folds.mean(f1));
            b.append(String.format(
                    Locale.ROOT,
                    "    order %d: B3 F1 %.4f ± %.4f (P %.4f, R %.4f)  folds",
                    seed,
                    Folds.mean(f1),
                    Folds.sd(f1),
                    Folds.mean(p),
                    Folds.mean(r)));
            scores.stream()
                    .filter(s -> s.seed() == seed)
                    .forEach(s -> b.append(String.format(
                            Locale.ROOT, " %d:%.3f%s", s.fold(), s.scores().bcubedF1(), knob(s.knob()))));
            b.append('\n');
        }
        String stability = "";
        if (seeds.length > 1) {
            List<Double> agree = new ArrayList<>();
            for (FoldScore a : scores) {
                if (a.seed() == seeds[0]) {
                    scores.stream()
                            .filter(o -> o.seed() == seeds[1] && o.fold() == a.fold())
                            .forEach(o -> agree.add(Clustering.score(a.predicted(), o.predicted())
                                    .bcubedF1()));
                }
            }
            stability = String.format(
                    Locale.ROOT,
                    ", orders %d vs %d agree B3 %.4f",
                    seeds[0],
                    seeds[1],
                    Folds.mean(agree.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        out.printf(Locale.ROOT, "  %-28s worst order B3 F1 %.4f%s%n", name, worst, stability);
        out.print(b);
        out.flush();
        return worst;
    }

    private static String knob(List<Double> k) {
        StringBuilder b = new StringBuilder("(");
        for (double v : k) {
            b.append(b.length() > 1 ? "/" : "").append(String.format(Locale.ROOT, "%.2f", v));
        }
        return b.append(')').toString();
    }
}

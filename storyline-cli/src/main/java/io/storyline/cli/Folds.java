package io.storyline.cli;

import io.storyline.eval.ClaimAgreement;
import java.util.List;
import java.util.Locale;

/** Mean ± sd of claim scores over held-out folds, as the claim commands print them. Stateless. */
final class Folds {

    private Folds() {}

    /**
     * Keeps the candidate with the best pair F1 among those whose mixed share is at most {@code
     * maxMixed}, or, while none is, the one with the least mixed share. Not thread-safe.
     */
    static final class Choice<T> {

        private final double maxMixed;
        private T best;
        private double bestF1 = -1;
        private double bestMixed = Double.MAX_VALUE;

        Choice(T fallback, double maxMixed) {
            this.best = fallback;
            this.maxMixed = maxMixed;
        }

        void offer(T candidate, ClaimAgreement.Scores s) {
            boolean ok = s.mixedShare() <= maxMixed;
            boolean none = bestMixed > maxMixed;
            if ((ok && (none || s.pairF1() > bestF1)) || (!ok && none && s.mixedShare() < bestMixed)) {
                best = candidate;
                bestF1 = ok ? s.pairF1() : bestF1;
                bestMixed = s.mixedShare();
            }
        }

        T best() {
            return best;
        }
    }

    /** Pair F1 (with P and R), mixed share and chains found, each as mean ± sd over {@code folds}. */
    static String summary(List<ClaimAgreement.Scores> folds) {

        double[] f1 = folds.stream().mapToDouble(ClaimAgreement.Scores::pairF1).toArray();
        double[] p =
                folds.stream().mapToDouble(ClaimAgreement.Scores::pairPrecision).toArray();
        double[] r =
                folds.stream().mapToDouble(ClaimAgreement.Scores::pairRecall).toArray();
        double[] mixed =
                folds.stream().mapToDouble(ClaimAgreement.Scores::mixedShare).toArray();
        double[] found =
                folds.stream().mapToDouble(ClaimAgreement.Scores::foundShare).toArray();
        return String.format(
                Locale.ROOT,
                "pair F1 %.3f ± %.3f (P %.3f, R %.3f), mixed %.3f ± %.3f, chains found %.3f ± %.3f",
                mean(f1),
                sd(f1),
                mean(p),
                mean(r),
                mean(mixed),
                sd(mixed),
                mean(found),
                sd(found));
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? 0 : s / v.length;
    }

    static double sd(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return v.length < 2 ? 0 : Math.sqrt(s / (v.length - 1));
    }
}

package io.storyline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    /** One feature: label true mostly above 0, with some overlap so the weights stay finite. */
    private static final List<double[]> Z = List.of(
            new double[] {-2},
            new double[] {-1},
            new double[] {-0.5},
            new double[] {0.5},
            new double[] {-0.2},
            new double[] {0.2},
            new double[] {1},
            new double[] {2});

    private static final List<Boolean> Y = List.of(false, false, false, false, true, true, true, true);

    @Test
    void learnsThatTheFeatureRaisesTheOdds() {
        double[] w = LogisticRegression.fit(Z, Y, ones(8), 0.01, 50);

        assertThat(w).hasSize(2);
        assertThat(w[1]).isGreaterThan(0.5);
        assertThat(Math.abs(w[0])).isLessThan(0.5);
    }

    @Test
    void theGradientVanishesAtTheFit() {
        double l2 = 0.1;
        double[] w = LogisticRegression.fit(Z, Y, ones(8), l2, 50);

        double g0 = 0;
        double g1 = -l2 * w[1];
        for (int k = 0; k < Z.size(); k++) {
            double p = 1 / (1 + Math.exp(-(w[0] + w[1] * Z.get(k)[0])));
            double r = (Y.get(k) ? 1 : 0) - p;
            g0 += r;
            g1 += r * Z.get(k)[0];
        }
        assertThat(Math.abs(g0)).isLessThan(1e-6);
        assertThat(Math.abs(g1)).isLessThan(1e-6);
    }

    @Test
    void aLargerPenaltyShrinksTheWeightsAndRowWeightsCount() {
        double[] loose = LogisticRegression.fit(Z, Y, ones(8), 0.01, 50);
        double[] tight = LogisticRegression.fit(Z, Y, ones(8), 10, 50);
        double[] heavyNegatives = ones(8);
        for (int k = 0; k < 4; k++) {
            heavyNegatives[k] = 5;
        }
        double[] shifted = LogisticRegression.fit(Z, Y, heavyNegatives, 0.01, 50);

        assertThat(Math.abs(tight[1])).isLessThan(Math.abs(loose[1]));
        assertThat(shifted[0]).isLessThan(loose[0]);
    }

    @Test
    void refusesMismatchedInput() {
        List<double[]> ragged = new ArrayList<>(Z);
        ragged.set(3, new double[] {1, 2});

        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(List.of(), List.of(), ones(0), 1, 5));
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(Z, Y.subList(0, 7), ones(8), 1, 5));
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(ragged, Y, ones(8), 1, 5));
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }
}

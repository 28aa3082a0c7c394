package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParaphraseEvalTest {

    @Test
    void thresholdSeparatesTheLabelsWhereAccuracyIsBest() {
        List<Double> scores = List.of(0.1, 0.2, 0.3, 0.6, 0.7, 0.9);
        List<Boolean> labels = List.of(false, false, true, true, true, true);

        double t = ParaphraseEval.bestThreshold(scores, labels);

        assertThat(t).isGreaterThan(0.2).isLessThanOrEqualTo(0.3);
    }

    @Test
    void tiedScoresAreNeverSplit() {
        List<Double> scores = List.of(0.5, 0.5, 0.5, 0.9);
        List<Boolean> labels = List.of(false, true, false, true);

        double t = ParaphraseEval.bestThreshold(scores, labels);

        // Splitting the three 0.5s is impossible: the best threshold is above them (3 of 4 right).
        assertThat(t).isGreaterThan(0.5).isLessThanOrEqualTo(0.9);
    }

    @Test
    void allOneLabelPredictsThatLabelForEveryScore() {
        double t = ParaphraseEval.bestThreshold(List.of(0.2, 0.4), List.of(true, true));

        assertThat(t).isEqualTo(Double.NEGATIVE_INFINITY);
    }
}

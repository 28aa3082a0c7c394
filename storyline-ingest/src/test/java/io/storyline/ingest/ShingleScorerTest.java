package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {

    private final ShingleScorer scorer = new ShingleScorer();

    @Test
    void tokenisesLikePythonWordRegex() {
        assertThat(ShingleScorer.tokens("It's ½ of 2025_x — naïve 東京タワー, ok?"))
                .containsExactly("It", "s", "½", "of", "2025_x", "naïve", "東京タワー", "ok");
    }

    @Test
    void identicalTextsMatchExactly() {
        ShingleScorer.Match m = scorer.match("one two three four five", "One, two? no: one two three four five");
        assertThat(m.exact()).isFalse();
        ShingleScorer.Match same = scorer.match("one two three four five", "one two. three four five!");
        assertThat(same.exact()).isTrue();
        assertThat(same.precision()).isEqualTo(1.0);
        assertThat(same.recall()).isEqualTo(1.0);
    }

    @Test
    void countsShinglesAsMultisets() {
        // gold: [a b c d], [b c d e]; predicted: [a b c d], [b c d x]: tp 1, fp 1, fn 1.
        ShingleScorer.Match m = scorer.match("a b c d e", "a b c d x");
        assertThat(m.tp()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(m.fp()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(m.fn()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(m.precision()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void shortTextIsOneShingle() {
        assertThat(scorer.match("a b", "a b").tp()).isEqualTo(1.0);
        assertThat(scorer.match("a b", "a b c").tp()).isEqualTo(0.0);
    }

    @Test
    void emptyPredictionHasNoPrecision() {
        ShingleScorer.Match m = scorer.match("a b c d e", "");
        assertThat(m.hasPrediction()).isFalse();
        assertThat(m.recall()).isEqualTo(0.0);
        assertThat(scorer.match("", "").recall()).isEqualTo(1.0);
    }

    @Property
    void scoresStayBetweenZeroAndOne(@ForAll String gold, @ForAll String predicted) {
        ShingleScorer.Match m = scorer.match(gold, predicted);
        assertThat(m.precision()).isBetween(0.0, 1.0);
        assertThat(m.recall()).isBetween(0.0, 1.0);
    }
}

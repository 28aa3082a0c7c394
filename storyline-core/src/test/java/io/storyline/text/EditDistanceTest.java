package io.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsEditsUpToTheLimit() {
        assertThat(EditDistance.bounded("halvorsen", "halvorson", 2)).isEqualTo(1);
        assertThat(EditDistance.bounded("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(EditDistance.bounded("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(EditDistance.bounded("", "", 0)).isZero();
        assertThat(EditDistance.bounded("", "abc", 1)).isEqualTo(2);
    }

    @Test
    void measuresTheWholeDistanceWithoutALimit() {
        assertThat(EditDistance.of("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.of("", "abc")).isEqualTo(3);
        assertThat(EditDistance.of("halvorsen", "halvorsen")).isZero();
        assertThat(EditDistance.of("ab", "completely different")).isEqualTo(20);
    }

    @Property(tries = 200)
    void unboundedAgreesWithAGenerousBound(
            @ForAll @StringLength(max = 20) String a, @ForAll @StringLength(max = 20) String b) {
        assertThat(EditDistance.of(a, b))
                .isEqualTo(EditDistance.bounded(a, b, 21))
                .isLessThanOrEqualTo(20);
    }

    /**
     * The finding of {@link #symmetricAndBounded} (867e2bf): lengths within the limit and every row within
     * it too, but the whole distance (4) past it; the old code returned 4 instead of {@code limit + 1}.
     */
    @Test
    void aDistancePastTheLimitFoundOnlyAtTheLastRowIsClamped() {
        assertThat(EditDistance.bounded("aa", "bbbb", 2)).isEqualTo(3);
        assertThat(EditDistance.bounded("bbbb", "aa", 2)).isEqualTo(3);
    }

    @Property(tries = 200)
    void symmetricAndBounded(
            @ForAll @StringLength(max = 20) String a,
            @ForAll @StringLength(max = 20) String b,
            @ForAll @IntRange(min = 0, max = 25) int limit) {
        int d = EditDistance.bounded(a, b, limit);
        assertThat(d).isEqualTo(EditDistance.bounded(b, a, limit)).isBetween(0, limit + 1);
        assertThat(EditDistance.bounded(a, a, limit)).isZero();
    }
}

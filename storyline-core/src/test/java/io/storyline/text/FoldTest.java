package io.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void removesAccentsInComposedAndDecomposedForm() {
        assertThat(Fold.accents("François Hollande")).isEqualTo("Francois Hollande");
        assertThat(Fold.accents("Franc\u0327ois")).isEqualTo("Francois");
        assertThat(Fold.lower("ZELENSKÝ")).isEqualTo("zelensky");
    }

    @Test
    void turnsCompatibilityFormsIntoPlainLetters() {
        assertThat(Fold.accents("ﬁnal ²")).isEqualTo("final 2");
    }

    @Test
    void leavesAsciiAndEmptyAlone() {
        assertThat(Fold.accents("Peskov said")).isEqualTo("Peskov said");
        assertThat(Fold.lower("")).isEmpty();
    }

    @Property
    void agreesWithNormaliserWithoutMarks(@ForAll String s) {
        String expected = Normalizer.normalize(s, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        assertThat(Fold.lower(s)).isEqualTo(expected);
    }
}

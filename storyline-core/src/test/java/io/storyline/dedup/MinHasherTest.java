package io.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    private static final MinHasher HASHER = MinHasher.standard();
    private static final String TEXT =
            "Dockworkers at the Port of Valmora walked off the job on Monday, halting container "
                    + "traffic at the country's second-largest harbour after talks over night-shift pay collapsed. About 2,300 "
                    + "workers joined the strike, according to the union, while the authority put the figure at 1,900.";

    @Test
    void copyWithOtherPunctuationAndCaseIsIdentical() {
        String copy = TEXT.toUpperCase(java.util.Locale.ROOT).replace(",", " ;").replace("'", "’");
        assertThat(HASHER.fingerprint(TEXT).similarity(HASHER.fingerprint(copy)))
                .isEqualTo(1.0);
    }

    @Test
    void copyWithAnAddedCreditLineIsStillNearDuplicate() {
        double sim = HASHER.fingerprint(TEXT).similarity(HASHER.fingerprint(TEXT + "\nPhoto: Coastal Wire"));
        assertThat(sim).isGreaterThan(0.8);
    }

    @Test
    void differentTextsAreNotSimilar() {
        String other = "Emergency crews evacuated three villages in the Kestrel Valley on Wednesday after the river "
                + "burst its banks following four days of heavy rain.";
        assertThat(HASHER.fingerprint(TEXT).similarity(HASHER.fingerprint(other)))
                .isLessThan(0.1);
    }

    @Test
    void emptyTextGivesEmptyFingerprint() {
        assertThat(HASHER.fingerprint("").isEmpty()).isTrue();
        assertThat(HASHER.fingerprint(" ,. ").isEmpty()).isTrue();
    }

    @Test
    void bandsOfEqualSignaturesAreEqual() {
        assertThat(HASHER.fingerprint(TEXT).bands(4))
                .hasSize(16)
                .isEqualTo(HASHER.fingerprint(TEXT).bands(4));
    }

    @Test
    void roundTripsThroughSlots() {
        Fingerprint f = HASHER.fingerprint(TEXT);
        assertThat(Fingerprint.of(f.slots())).isEqualTo(f);
    }

    @Test
    void rejectsBadSettings() {
        var e = assertThrows(IllegalArgumentException.class, () -> new MinHasher(0, 4));
        assertThat(e.getMessage()).contains("slots").contains("got 0");
    }

    @Property
    void junkNeverThrowsAndIsSelfSimilar(@ForAll String junk) {
        Fingerprint f = HASHER.fingerprint(junk);
        assertThat(f.isEmpty() || f.similarity(f) == 1.0).isTrue();
    }
}

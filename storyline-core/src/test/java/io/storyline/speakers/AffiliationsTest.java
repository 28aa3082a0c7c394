package io.storyline.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Golden tests on invented roles and appositives. */
class AffiliationsTest {

    private static final Predicate<String> PEOPLE = Set.of("Harlan", "Lowe", "Ruiz")::contains;

    private static Optional<String> of(String cue) {
        return Affiliations.of(cue, PEOPLE);
    }

    @Test
    void partiesFromWordsAndTags() {
        assertThat(of("a conservative Republican who represents the district")).contains("Republican Party");
        assertThat(of("Democrat of Vermont")).contains("Democratic Party");
        assertThat(of("Democratic presidential hopeful")).contains("Democratic Party");
        assertThat(of("spokesman for House Speaker Ann Lowe (R-Ohio)")).contains("Republican Party");
        assertThat(Affiliations.partyTag(", D-Ore., said")).contains("Democrat");
        assertThat(Affiliations.partyTag(" (R-Ky.) said")).contains("Republican");
        assertThat(Affiliations.partyTag(" (R) said")).contains("Republican");
        assertThat(Affiliations.partyTag(", who said")).isEmpty();
    }

    @Test
    void organisationsAfterForOrBeforeATitle() {
        assertThat(of("a spokeswoman for the Harlan campaign")).contains("Harlan campaign");
        assertThat(of("advisory board member for Clean Harbour Now")).contains("Clean Harbour Now");
        assertThat(of("Harlan campaign spokeswoman")).contains("Harlan campaign");
        assertThat(of("Harlan's current campaign press secretary")).contains("Harlan campaign");
        assertThat(of("Gazette's editor in chief")).contains("Gazette");
        assertThat(of("Nebraska Attorney General")).contains("Nebraska");
    }

    @Test
    void peopleAreNotOrganisations() {
        assertThat(of("a spokesman for Mr. Lowe")).isEmpty();
        assertThat(of("Ruiz's chief policy adviser")).isEmpty();
        assertThat(of("a spokesman for Speaker Ann Lowe")).isEmpty();
        assertThat(of("senior analyst")).isEmpty();
        assertThat(of("")).isEmpty();
    }

    @Property
    void junkNeverThrows(@ForAll String cue) {
        Affiliations.of(cue, PEOPLE);
        Affiliations.partyTag(cue);
    }
}

package io.storyline.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.claims.ClaimInput;
import io.storyline.claims.ClaimUnit;
import io.storyline.claims.UnitExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claim units of invented sentences (lives here for the analysis pipeline the provenance tests share). */
class UnitExtractorTest {

    private static List<String> units(String text) {
        ClaimInput in = StoryInputs.input("a", text, 6);
        return new UnitExtractor().extract(in).stream().map(ClaimUnit::text).toList();
    }

    @Test
    void sinceAsAPrepositionDoesNotSplitTheSentence() {
        assertThat(units("Ortiz, a former harbor pilot who has run the port since 2019, believes that the new"
                        + " terminal will bring more ships to Marlow."))
                .noneMatch(u -> u.startsWith("since 2019"));
    }

    @Test
    void sinceAsAClauseLinkSplitsIt() {
        assertThat(units("Ferry traffic at the old terminal fell by half last winter, since the council has cut the"
                        + " number of daily crossings."))
                .anyMatch(u -> u.startsWith("the council has cut"));
    }

    @Test
    void aShortQuoteWithAPossessiveNameIsAUnitOfItsOwn() {
        assertThat(units("After the vote, \"the decision is now in Marlow's harbor\" - said the mayor Lina Ortiz."))
                .anyMatch(u -> u.contains("the decision is now in Marlow's harbor"));
    }

    @Test
    void aClauseSayingWhatAThingIsNeedsOneContentWordFewer() {
        assertThat(units("The council would not extend the ferry contract to the private operators, and its terms"
                        + " are deliberately \"strict\" because it expects new bids from Marlow."))
                .anyMatch(u -> u.startsWith("its terms are deliberately"));
    }

    @Test
    void anAttributionLeftoverWithTwoContentWordsIsNoUnit() {
        assertThat(units("The council would not extend the ferry contract to the private operators, the mayor said"
                        + " yesterday, because it expects new bids from Marlow."))
                .noneMatch(u -> u.contains("mayor said"));
    }

    @Test
    void punctuationHasNoUnits() {
        assertThat(units("… — !")).isEmpty();
    }
}

package io.storyline.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StandardPipeline;
import io.storyline.claims.ClaimInput;
import io.storyline.claims.ClaimUnit;
import io.storyline.claims.UnitExtractor;
import io.storyline.core.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claim units of invented sentences (lives here for the analysis pipeline the provenance tests share). */
class UnitExtractorTest {

    private static final Pipeline PIPELINE = StandardPipeline.create(new StandardPipeline.Options(false, 600));

    private static List<String> units(String text) {
        ClaimInput in = ClaimInput.from(
                PIPELINE.analyze(new Article("a", null, text, LocalDate.of(2031, 5, 6), null, null, "en")));
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
    void punctuationHasNoUnits() {
        assertThat(units("… — !")).isEmpty();
    }
}

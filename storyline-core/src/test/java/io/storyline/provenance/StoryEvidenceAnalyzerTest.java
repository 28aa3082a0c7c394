package io.storyline.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.claims.Claim;
import io.storyline.claims.ClaimInput;
import io.storyline.claims.ClaimStatus;
import io.storyline.claims.Support;
import io.storyline.core.SourceRef;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Invented three-article story: an original, a trimmed copy of it, and an independent report. */
class StoryEvidenceAnalyzerTest {

    private static final StoryEvidenceAnalyzer ANALYZER = new StoryEvidenceAnalyzer(null);

    private static final String ORIGINAL = "The Harbor City council voted on Tuesday to close the old ferry terminal"
            + " by the end of March.\n\nMayor Lina Ortiz said the terminal had lost money for six years in a row.\n\n"
            + "The council also approved a new bus line between the harbor and the central station.\n\n"
            + "Ferry workers plan a protest outside the town hall on Friday morning.\n\n"
            + "The terminal opened in 1962 and once carried two million passengers a year.";
    private static final String INDEPENDENT = "Harbor City will shut its old ferry terminal by the end of March after"
            + " a council vote on Tuesday, according to the Coastal Ledger newspaper.\n\n"
            + "Union leader Tomas Berg told the Coastal Ledger that ferry workers plan a protest on Friday.\n\n"
            + "Residents have long asked for better public transport on the east side of the city.";

    private static ClaimInput input(String id, String text, int day) {
        return StoryInputs.input(id, text, day);
    }

    private static List<ClaimInput> story() {
        String trimmed = ORIGINAL.substring(0, ORIGINAL.indexOf("\n\nThe terminal opened"));
        return List.of(input("orig", ORIGINAL, 6), input("copy", trimmed, 7), input("ledger", INDEPENDENT, 6));
    }

    @Test
    void findsTheCopyTheCreditAndIndependentOrigins() {
        List<ClaimInput> story = story();
        StoryEvidence ev = ANALYZER.analyze(story);
        assertThat(ev.provenance()).anySatisfy(e -> {
            assertThat(e.article()).isEqualTo("copy");
            assertThat(e.source()).isEqualTo(SourceRef.article("orig"));
            assertThat(e.relation()).isEqualTo(Relation.COPY);
            assertThat(e.direction()).isEqualTo(DirectionBasis.PUBLISHED);
        });
        assertThat(ev.provenance())
                .noneSatisfy(e -> assertThat(e.article() + e.source().wire()).contains("ledgerorig"));
        assertThat(ev.credits()).extracting(UpstreamCredit::name).contains("Coastal Ledger");
        assertThat(ev.flags().get("copy")).contains(ArticleFlag.NEAR_DUPLICATE);
        assertThat(ev.flags().get("ledger")).isEmpty();
        Claim first = ev.claims().get(0);
        assertThat(first.articles()).containsExactly("orig", "copy", "ledger");
        assertThat(first.independentOrigins()).isEqualTo(2);
        assertThat(first.status()).isEqualTo(ClaimStatus.CORROBORATED);
        for (Claim c : ev.claims()) {
            for (Support s : c.support()) {
                String text = story.stream()
                        .filter(i -> i.id().equals(s.article()))
                        .findFirst()
                        .orElseThrow()
                        .text();
                assertThat(s.span().of(text)).isEqualTo(s.text());
            }
        }
        Claim copiedOnly = ev.claims().stream()
                .filter(c -> c.articles().equals(List.of("orig", "copy")))
                .findFirst()
                .orElseThrow();
        assertThat(copiedOnly.status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
    }

    @Test
    void emptyStoryHasNothing() {
        StoryEvidence ev = ANALYZER.analyze(List.of());
        assertThat(ev.claims()).isEmpty();
        assertThat(ev.provenance()).isEmpty();
        assertThat(ev.flags()).isEmpty();
    }

    @Property(tries = 30)
    void junkNeverThrows(@ForAll @StringLength(max = 400) String a, @ForAll @StringLength(max = 400) String b) {
        List<ClaimInput> story = List.of(input("a", "x " + a, 1), input("b", b + " " + a + " y", 2));
        StoryEvidence ev = ANALYZER.analyze(story);
        for (Claim c : ev.claims()) {
            for (Support s : c.support()) {
                String text = s.article().equals("a") ? "x " + a : b + " " + a + " y";
                assertThat(s.span().end()).isLessThanOrEqualTo(text.length());
            }
        }
    }
}

package io.storyline.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.claims.Claim;
import io.storyline.claims.ClaimStatus;
import io.storyline.claims.Support;
import io.storyline.core.SourceRef;
import io.storyline.core.Span;
import io.storyline.digest.StoryDigest;
import io.storyline.provenance.DirectionBasis;
import io.storyline.provenance.ProvenanceEdge;
import io.storyline.provenance.Relation;
import io.storyline.provenance.StoryEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryChangesTest {

    @Test
    void reportsAClaimThatGainedASecondOriginAContradictionAndANewEdge() {
        StoryDigest before = digest(
                List.of(claim("c1", "The bridge reopened on Monday", 1, List.of())),
                List.of(edge("a2", "a1", Relation.COPY)));
        StoryDigest after = digest(
                List.of(
                        claim("c1", "The bridge reopened on Monday", 2, List.of("c2")),
                        claim("c2", "The bridge stayed closed on Monday", 1, List.of("c1"))),
                List.of(edge("a2", "a1", Relation.COPY), edge("a3", "upstream:Reuters", Relation.REWRITE)));

        StoryChanges changes = StoryChanges.between(before, after);

        assertThat(changes.corroborations())
                .containsExactly(
                        new StoryChanges.Corroboration("The bridge reopened on Monday", 2, 1, ClaimStatus.CONTESTED));
        assertThat(changes.contradictions())
                .containsExactly(new StoryChanges.Contradiction(
                        "The bridge reopened on Monday", "The bridge stayed closed on Monday"));
        assertThat(changes.provenance())
                .extracting(ProvenanceEdge::source)
                .containsExactly(SourceRef.upstream("Reuters"));
    }

    @Test
    void aNewStoryReportsEveryCorroboratedClaimAndEdge() {
        StoryDigest after = digest(
                List.of(claim("c1", "Ten were hurt", 2, List.of()), claim("c2", "Rain fell", 1, List.of())),
                List.of(edge("a2", "a1", Relation.REWRITE)));

        StoryChanges changes = StoryChanges.between(null, after);

        assertThat(changes.corroborations())
                .extracting(StoryChanges.Corroboration::claim)
                .containsExactly("Ten were hurt");
        assertThat(changes.provenance()).hasSize(1);
        assertThat(changes.isEmpty()).isFalse();
    }

    @Test
    void theSameDigestChangesNothingEvenWhenClaimIdsRenumber() {
        StoryDigest before =
                digest(List.of(claim("c1", "A", 2, List.of("c2")), claim("c2", "B", 1, List.of("c1"))), List.of());
        StoryDigest after =
                digest(List.of(claim("c1", "B", 1, List.of("c2")), claim("c2", "A", 2, List.of("c1"))), List.of());

        assertThat(StoryChanges.between(before, after).isEmpty()).isTrue();
        assertThat(StoryChanges.between(digest(List.of(), List.of()), digest(List.of(), List.of()))
                        .isEmpty())
                .isTrue();
    }

    private static StoryDigest digest(List<Claim> claims, List<ProvenanceEdge> edges) {
        return new StoryDigest(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                new StoryEvidence(claims, edges, Map.of(), List.of(), Map.of()),
                List.of());
    }

    private static Claim claim(String id, String text, int origins, List<String> contradicts) {
        List<Support> support = new ArrayList<>();
        for (int i = 0; i < Math.max(origins, 1); i++) {
            support.add(new Support("a" + (i + 1), new Span(0, text.length()), text, SourceRef.article("o" + i)));
        }
        ClaimStatus status = !contradicts.isEmpty()
                ? ClaimStatus.CONTESTED
                : origins >= 2 ? ClaimStatus.CORROBORATED : ClaimStatus.SINGLE_SOURCE;
        return new Claim(id, text, false, null, support, origins, status, contradicts);
    }

    private static ProvenanceEdge edge(String article, String source, Relation relation) {
        return new ProvenanceEdge(
                article, SourceRef.parse(source), relation, false, DirectionBasis.PUBLISHED, List.of());
    }
}

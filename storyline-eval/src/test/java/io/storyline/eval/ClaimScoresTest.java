package io.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.claims.Claim;
import io.storyline.claims.ClaimStatus;
import io.storyline.claims.Support;
import io.storyline.core.SourceRef;
import io.storyline.core.Span;
import io.storyline.provenance.StoryEvidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed scorer on an invented two-article gold folder. */
class ClaimScoresTest {

    private static final Map<String, String> TEXTS = Map.of(
            "a", "The ferry runs daily. The port closed on Monday.",
            "b", "Ferries run every day. The harbour shut on Monday.");

    private static Support support(String article, String statement) {
        String text = java.util.Objects.requireNonNull(TEXTS.get(article));
        int at = text.indexOf(statement);
        return new Support(article, new Span(at, at + statement.length()), statement, SourceRef.article(article));
    }

    private static Claim claim(String id, Support... support) {
        return new Claim(id, support[0].text(), false, null, List.of(support), 2, ClaimStatus.CORROBORATED, List.of());
    }

    private static ClaimScores.Scores score(Path gold, Claim... claims) throws IOException {
        Files.writeString(gold.resolve("claims.tsv"), """
                claim_id\tclaim\tfiles\tspans
                G1\tferry daily\ta.txt,b.txt\tThe ferry runs daily || Ferries run every day
                G2\tport closed\ta.txt,b.txt\tThe port closed on Monday || The harbour shut on Monday
                """);
        Files.writeString(gold.resolve("claim_conflicts.tsv"), "conflict_id\ttype\tfile_a\tspan_a\tfile_b\tspan_b\n");
        return ClaimScores.score(
                gold, TEXTS, new StoryEvidence(List.of(claims), List.of(), Map.of(), List.of(), Map.of()));
    }

    @Test
    void aClaimJoiningStatementsOfTwoGoldClaimsIsMixed(@TempDir Path gold) throws IOException {
        ClaimScores.Scores s = score(
                gold,
                claim("c1", support("a", "The ferry runs daily"), support("b", "Ferries run every day")),
                claim("c2", support("a", "The port closed on Monday"), support("b", "Ferries run every day")));
        // c2 reaches G2's articles, but through b's statement of G1: the strict rule credits G1 only
        assertThat(s.claims().found()).isEqualTo(1);
        assertThat(s.claims().loose()).isEqualTo(2);
        assertThat(s.claims().labelled()).isEqualTo(2);
        assertThat(s.claims().mixed()).isEqualTo(1);
        assertThat(s.claims().foundPairs()).isEqualTo(2);
        assertThat(s.claims().correctPairs()).isEqualTo(1);
        assertThat(s.claims().goldPairs()).isEqualTo(2);
    }

    @Test
    void aStatementBarelyTouchingAGoldSpanDoesNotLieOnIt(@TempDir Path gold) throws IOException {
        // "daily. The port" overlaps G1 by 5 and G2 by 8 of its 15 characters: under 0.6 of the shorter
        ClaimScores.Scores s =
                score(gold, claim("c1", support("a", "daily. The port"), support("b", "Ferries run every day")));
        assertThat(s.claims().found()).isZero();
        assertThat(s.claims().labelled()).isZero();
    }

    @Test
    void claimsKeepingToOneGoldClaimEachAreNotMixed(@TempDir Path gold) throws IOException {
        ClaimScores.Scores s = score(
                gold,
                claim("c1", support("a", "The ferry runs daily"), support("b", "Ferries run every day")),
                claim("c2", support("a", "The port closed on Monday"), support("b", "The harbour shut on Monday")));
        assertThat(s.claims().found()).isEqualTo(2);
        assertThat(s.claims().mixed()).isZero();
        assertThat(s.claims().labelled()).isEqualTo(2);
        assertThat(s.claims().pairF1()).isEqualTo(1.0);
    }
}

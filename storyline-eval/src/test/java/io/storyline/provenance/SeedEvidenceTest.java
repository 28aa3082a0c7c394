package io.storyline.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.analysis.StandardPipeline;
import io.storyline.claims.Claim;
import io.storyline.claims.ClaimInput;
import io.storyline.claims.ClaimStatus;
import io.storyline.claims.Support;
import io.storyline.embed.MiniLmEmbedder;
import io.storyline.eval.ClaimScores;
import io.storyline.eval.Gates;
import io.storyline.eval.SharedEval;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed story against {@code gold/claims.tsv}, {@code gold/claim_conflicts.tsv} and {@code
 * gold/sources.tsv}; prints the figures and asserts the floors.
 */
class SeedEvidenceTest {

    private static @Nullable List<ClaimInput> inputs;
    private static @Nullable StoryEvidence evidence;
    private static @Nullable Path gold;

    @BeforeAll
    static void run() {
        Path eval = SharedEval.dir().orElse(null);
        if (eval == null) {
            return;
        }
        Path dir = eval.resolve("ceasefire-2025");
        gold = dir.resolve("gold");
        var pipeline = StandardPipeline.create(new StandardPipeline.Options(false, 600));
        inputs = SharedEval.articles(dir.resolve("articles.jsonl")).stream()
                .map(pipeline::analyze)
                .map(ClaimInput::from)
                .toList();
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            evidence = new StoryEvidenceAnalyzer(embedder).analyze(inputs);
        }
        for (Claim c : evidence.claims()) {
            if (c.support().size() > 1 || c.status() == ClaimStatus.CONTESTED) {
                System.out.println(c.id() + " " + c.status().label() + " origins=" + c.independentOrigins() + " "
                        + c.contradicts());
                for (Support s : c.support()) {
                    System.out.println("   " + s.article().substring(0, 3) + " [" + s.origin() + "] " + s.text());
                }
            }
        }
        for (ProvenanceEdge e : evidence.provenance()) {
            System.out.println("edge " + e.article() + " -> " + e.source() + " "
                    + e.relation().label() + " credited=" + e.credited() + " " + e.direction() + " evidence="
                    + e.evidence().size());
        }
        evidence.credits().forEach(c -> System.out.println("credit " + c));
        System.out.println("flags " + evidence.flags() + " stats " + evidence.stats());
    }

    private static StoryEvidence evidence() {
        assumeTrue(evidence != null, "shared eval folder not found");
        return java.util.Objects.requireNonNull(evidence);
    }

    /** The project's scorer ({@link ClaimScores}) on the seed story. */
    private static ClaimScores.Scores scores() {
        StoryEvidence ev = evidence();
        Map<String, String> texts = new HashMap<>();
        java.util.Objects.requireNonNull(inputs).forEach(in -> texts.put(in.id(), in.text()));
        ClaimScores.Scores s = ClaimScores.score(java.util.Objects.requireNonNull(gold), texts, ev);
        System.out.println("SEED " + s);
        s.notes().forEach(n -> System.out.println("  " + n));
        return s;
    }

    @Test
    void multiArticleGoldClaimsAreFoundAsOneClaimByTheStrictRule() {
        ClaimScores.Scores s = scores();
        assertThat(s.claims().found()).isGreaterThanOrEqualTo(Gates.SEED_CLAIMS_FOUND);
        assertThat(s.claims().mixed()).isLessThanOrEqualTo(Gates.SEED_CLAIMS_MIXED);
    }

    @Test
    void conflictsAreNotJoinedAndAreSurfaced() {
        ClaimScores.Scores s = scores();
        assertThat(s.joined()).isZero();
        assertThat(s.surfaced()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void garbledUncreditedRewriteAndCredits() {
        ClaimScores.Scores s = scores();
        StoryEvidence ev = evidence();
        boolean rewrite = ev.provenance().stream()
                .anyMatch(e -> e.article().startsWith("003")
                        && e.source().wire().equalsIgnoreCase("upstream:Reuters")
                        && e.relation() == Relation.REWRITE
                        && !e.credited());
        System.out.println("SEED 003 uncredited rewrite of Reuters: " + rewrite);
        assertThat(s.garbled()).hasSize(1);
        assertThat(s.garbled().get(0)).startsWith("001");
        assertThat(rewrite).isTrue();
        assertThat(s.creditRecall()).isGreaterThanOrEqualTo(Gates.SEED_CREDIT_RECALL);
    }
}

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
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed story against {@code gold/claims.tsv}, {@code gold/claim_conflicts.tsv} and {@code
 * gold/sources.tsv}; prints the figures and asserts the floors.
 */
class SeedEvidenceTest {

    /** The level reached with the strict rule (issue 13's target: 18 with mixed <= 2). */
    private static final int SEED_FOUND = 12;

    private static final int SEED_MIXED = 11;

    private static @Nullable List<ClaimInput> inputs;
    private static @Nullable StoryEvidence evidence;
    private static @Nullable Path gold;

    @BeforeAll
    static void run() {
        Path eval = EvalStories.evalDir().orElse(null);
        if (eval == null) {
            return;
        }
        Path dir = eval.resolve("ceasefire-2025");
        gold = dir.resolve("gold");
        var pipeline = StandardPipeline.create(new StandardPipeline.Options(false, 600));
        inputs = EvalStories.analyze(pipeline, EvalStories.articles(dir.resolve("articles.jsonl"))).stream()
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
        assertThat(s.claims().found()).isGreaterThanOrEqualTo(SEED_FOUND);
        assertThat(s.claims().mixed()).isLessThanOrEqualTo(SEED_MIXED);
    }

    @Test
    void conflictsAreNotJoinedAndAreSurfaced() {
        ClaimScores.Scores s = scores();
        assertThat(s.joined()).isZero();
        assertThat(s.surfaced()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void garbledUncreditedRewriteAndCredits() {
        StoryEvidence ev = evidence();
        Map<String, Set<ArticleFlag>> flags = ev.flags();
        List<String> garbled = flags.entrySet().stream()
                .filter(e -> e.getValue().contains(ArticleFlag.MACHINE_GARBLED))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        System.out.println("SEED machine-garbled: " + garbled);
        boolean rewrite = ev.provenance().stream()
                .anyMatch(e -> e.article().startsWith("003")
                        && e.source().equalsIgnoreCase("upstream:Reuters")
                        && e.relation() == Relation.REWRITE
                        && !e.credited());
        System.out.println("SEED 003 uncredited rewrite of Reuters: " + rewrite);
        Map<String, Set<String>> found = new HashMap<>();
        ev.credits()
                .forEach(c -> found.computeIfAbsent(c.article().substring(0, 3), k -> new HashSet<>())
                        .add(c.name().toLowerCase(Locale.ROOT)));
        int expected = 0;
        int hit = 0;
        for (String[] row :
                EvalStories.tsv(java.util.Objects.requireNonNull(gold).resolve("sources.tsv"))) {
            String art = row[0].substring(0, 3);
            for (String col : new String[] {row[4], row[5]}) {
                for (String name : col.split(",")) {
                    String n = name.trim().toLowerCase(Locale.ROOT);
                    if (n.isEmpty() || n.contains("implicit")) {
                        continue;
                    }
                    expected++;
                    boolean ok =
                            found.getOrDefault(art, Set.of()).stream().anyMatch(f -> f.contains(n) || n.contains(f));
                    hit += ok ? 1 : 0;
                    System.out.println("credit " + art + " " + n + (ok ? " found" : " MISSED"));
                }
            }
        }
        System.out.printf(Locale.ROOT, "SEED credited upstream recall %d/%d%n", hit, expected);
        assertThat(garbled).hasSize(1);
        assertThat(garbled.get(0)).startsWith("001");
        assertThat(rewrite).isTrue();
        assertThat((double) hit / expected).isGreaterThanOrEqualTo(0.9);
    }
}

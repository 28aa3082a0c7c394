package io.storyline.provenance;

import io.storyline.claims.Claim;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a story establishes and where its articles come from.
 *
 * @param claims the story's claims, most supported first
 * @param provenance derivation and credit edges
 * @param flags article id → its quality flags (every article of the story is a key)
 * @param credits every crediting phrase found, in article order
 * @param stats cost counters: {@code units}, {@code compared} (pairs that reached the aligner),
 *     {@code embedded} (statements embedded)
 */
public record StoryEvidence(
        List<Claim> claims,
        List<ProvenanceEdge> provenance,
        Map<String, Set<ArticleFlag>> flags,
        List<UpstreamCredit> credits,
        Map<String, Integer> stats) {

    public StoryEvidence {
        claims = List.copyOf(claims);
        provenance = List.copyOf(provenance);
        flags = Map.copyOf(flags);
        credits = List.copyOf(credits);
        stats = Map.copyOf(stats);
    }
}

package io.storyline.stream;

import io.storyline.claims.Claim;
import io.storyline.claims.ClaimStatus;
import io.storyline.digest.StoryDigest;
import io.storyline.provenance.ProvenanceEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an update changed in a story, found by comparing its digest before and after. Claims are
 * matched by their text (claim ids are story-local and renumber when support moves).
 *
 * @param corroborations claims that gained an independent origin and now have two or more
 * @param contradictions pairs of claims newly found to contradict each other
 * @param provenance provenance edges (copy, rewrite, translation, credits) that are new
 */
public record StoryChanges(
        List<Corroboration> corroborations, List<Contradiction> contradictions, List<ProvenanceEdge> provenance) {

    public StoryChanges {
        corroborations = List.copyOf(corroborations);
        contradictions = List.copyOf(contradictions);
        provenance = List.copyOf(provenance);
    }

    /**
     * A claim that is now backed by more independent origins.
     *
     * @param claim the claim's text
     * @param independentOrigins how many independent origins back it now (2 or more)
     * @param before how many backed it before (0: the claim is new)
     * @param status its status now
     */
    public record Corroboration(String claim, int independentOrigins, int before, ClaimStatus status) {}

    /**
     * Two claims of the story newly found to contradict each other.
     *
     * @param claim one claim's text
     * @param contradicts the other claim's text
     */
    public record Contradiction(String claim, String contradicts) {}

    /** The changes from {@code before} (null: the story is new) to {@code after}. */
    public static StoryChanges between(@Nullable StoryDigest before, StoryDigest after) {
        List<Claim> old = before == null ? List.of() : before.evidence().claims();
        Map<String, Integer> origins = new HashMap<>();
        old.forEach(c -> origins.merge(c.text(), c.independentOrigins(), Math::max));
        List<Corroboration> corroborations = new ArrayList<>();
        for (Claim c : after.evidence().claims()) {
            int was = origins.getOrDefault(c.text(), 0);
            if (c.independentOrigins() >= 2 && c.independentOrigins() > was) {
                corroborations.add(new Corroboration(c.text(), c.independentOrigins(), was, c.status()));
            }
        }
        Set<Set<String>> oldPairs = new HashSet<>();
        contradictionPairs(old).forEach(p -> oldPairs.add(Set.copyOf(p)));
        List<Contradiction> contradictions = new ArrayList<>();
        for (List<String> pair : contradictionPairs(after.evidence().claims())) {
            if (!oldPairs.contains(Set.copyOf(pair))) {
                contradictions.add(new Contradiction(pair.get(0), pair.get(1)));
            }
        }
        Set<List<Object>> oldEdges = new HashSet<>();
        if (before != null) {
            before.evidence().provenance().forEach(e -> oldEdges.add(edgeKey(e)));
        }
        List<ProvenanceEdge> edges = after.evidence().provenance().stream()
                .filter(e -> !oldEdges.contains(edgeKey(e)))
                .toList();
        return new StoryChanges(corroborations, contradictions, edges);
    }

    /** Each contradicting pair of claims once, as their texts, in claim order. */
    private static List<List<String>> contradictionPairs(List<Claim> claims) {
        Map<String, String> text = new HashMap<>();
        claims.forEach(c -> text.put(c.id(), c.text()));
        List<List<String>> out = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        for (Claim c : claims) {
            for (String other : c.contradicts()) {
                String t = text.get(other);
                if (t != null && !t.equals(c.text()) && seen.add(Set.of(c.text(), t))) {
                    out.add(List.of(c.text(), t));
                }
            }
        }
        return out;
    }

    private static List<Object> edgeKey(ProvenanceEdge e) {
        return List.of(e.article(), e.source(), e.relation(), e.credited());
    }

    /** Whether nothing but articles changed. */
    public boolean isEmpty() {
        return corroborations.isEmpty() && contradictions.isEmpty() && provenance.isEmpty();
    }
}

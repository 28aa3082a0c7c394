package io.storyline.claims;

import java.util.Map;
import java.util.Set;

/**
 * What the provenance stage knows about where statements come from, for grouping a claim's support
 * into independent origins.
 *
 * @param derivationRoot article id → the article at the root of its derivation group (copies,
 *     rewrites, translations of one text); articles absent are their own root
 * @param credited article id → unit index → the upstream source the unit's sentence credits
 * @param uncredited article id → upstream sources it derives from without naming them
 */
public record OriginEvidence(
        Map<String, String> derivationRoot,
        Map<String, Map<Integer, String>> credited,
        Map<String, Set<String>> uncredited) {

    public OriginEvidence {
        derivationRoot = Map.copyOf(derivationRoot);
        credited = Map.copyOf(credited);
        uncredited = Map.copyOf(uncredited);
    }

    /** No derivations and no credits: every article is its own origin. */
    public static OriginEvidence none() {
        return new OriginEvidence(Map.of(), Map.of(), Map.of());
    }
}

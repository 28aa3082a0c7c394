package io.storyline.claims;

import java.util.Objects;

/**
 * Two units of different articles with the decision on them.
 *
 * @param a a unit
 * @param b a unit of another article
 * @param alignment the decision
 */
public record AlignedPair(ClaimUnit a, ClaimUnit b, Alignment alignment) {

    public AlignedPair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(alignment, "alignment");
    }
}

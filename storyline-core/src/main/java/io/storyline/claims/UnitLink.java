package io.storyline.claims;

import java.util.Objects;

/**
 * Two units of different articles of one story with how close their assertions are.
 *
 * @param a a unit
 * @param b a unit of another article
 * @param similarity MiniLM cosine plus a weighted lexical probability (lexical alone without an
 *     embedder); higher is closer
 * @param contradiction whether the two speak of the same thing with opposite polarity (a negation, an
 *     antonym such as accept/reject, other numbers)
 */
public record UnitLink(ClaimUnit a, ClaimUnit b, double similarity, boolean contradiction) {

    public UnitLink {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (Double.isNaN(similarity)) {
            throw new IllegalArgumentException("similarity must be a number");
        }
    }
}

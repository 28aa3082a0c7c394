package io.storyline.quotegroups;

import io.storyline.speakers.QuoteRef;
import java.util.Objects;

/**
 * Two renderings of one statement and how they relate.
 *
 * @param a the earlier quote (in story order)
 * @param b the later quote
 * @param relation how {@code b} renders {@code a}
 * @param lexical the weighted share of the shorter quote's content words found in the other, 0..1
 * @param semantic the embedding cosine, or -1 when it was not needed
 */
public record QuotePair(QuoteRef a, QuoteRef b, QuoteRelation relation, double lexical, double semantic) {

    public QuotePair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(relation, "relation");
    }
}

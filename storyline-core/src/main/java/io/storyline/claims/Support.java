package io.storyline.claims;

import io.storyline.core.SourceRef;
import io.storyline.core.Span;
import java.util.Objects;

/**
 * Where an article states a claim.
 *
 * @param article the article id
 * @param span the statement, half-open UTF-16 indices into the article text
 * @param text exactly the article text under {@code span}
 * @param origin the independent origin this support belongs to: an upstream source, or the article
 *     at the root of its derivation group
 */
public record Support(String article, Span span, String text, SourceRef origin) {

    public Support {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("support text length " + text.length() + " does not match span " + span);
        }
    }
}

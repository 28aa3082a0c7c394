package io.storyline.digest;

import io.storyline.claims.ClaimStatus;
import io.storyline.core.Span;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a story summary: a verbatim sentence of one article, with every article that states
 * what it says.
 *
 * @param text exactly {@code span} of the article's text
 * @param article the article the sentence is taken from
 * @param span where the sentence is in that article (half-open UTF-16 indices)
 * @param claims the ids of the story claims the sentence states
 * @param citations every article supporting those claims, the source article first
 * @param independentOrigins how many independent origins back the sentence (the most of its claims)
 * @param status the status of its main claim (corroborated, single-source, contested)
 */
public record SummarySentence(
        String text,
        String article,
        Span span,
        List<String> claims,
        List<String> citations,
        int independentOrigins,
        ClaimStatus status) {

    public SummarySentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(status, "status");
        claims = List.copyOf(claims);
        citations = List.copyOf(citations);
        if (citations.isEmpty() || !citations.get(0).equals(article)) {
            throw new IllegalArgumentException("a summary sentence cites its own article first, got " + citations);
        }
    }

    /** Whether one origin only backs the sentence (shown as a warning). */
    public boolean singleOrigin() {
        return independentOrigins <= 1;
    }
}

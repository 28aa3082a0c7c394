package io.storyline.claims;

import io.storyline.core.Span;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One statement of one article: a sentence or clause outside the boilerplate, or the words of a
 * quote (then a claim <em>by its speaker</em>, not a fact).
 *
 * @param article the article id
 * @param index position of the unit in its article (0, 1, …, in text order)
 * @param span where the statement is, half-open UTF-16 indices into the article text
 * @param quote whether the unit is the content of a quote (direct, indirect or mixed)
 * @param speaker the quote's resolved speaker, or null (facts, anonymous or unresolved speakers)
 * @param speakerText the quote's speaker mention as written, or null
 * @param statement the text with its normalised forms, for comparison
 */
public record ClaimUnit(
        String article,
        int index,
        Span span,
        boolean quote,
        @Nullable String speaker,
        @Nullable String speakerText,
        Statement statement) {

    public ClaimUnit {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(statement, "statement");
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
    }

    /** The statement as written: exactly the article text under {@link #span}. */
    public String text() {
        return statement.text();
    }
}

package io.storyline.provenance;

import io.storyline.core.Span;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A passage behind a provenance edge: the article's passage and, when the source is another
 * article, the source's matching passage; for a credit, the crediting phrase.
 *
 * @param span the passage in the deriving article (half-open UTF-16 indices into its text)
 * @param text exactly the article text under {@code span}
 * @param sourceArticle the article holding the matching passage, or null
 * @param sourceSpan the matching passage in {@code sourceArticle}, or null
 */
public record Evidence(
        Span span,
        String text,
        @Nullable String sourceArticle,
        @Nullable Span sourceSpan) {

    public Evidence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if ((sourceArticle == null) != (sourceSpan == null)) {
            throw new IllegalArgumentException("sourceArticle and sourceSpan go together");
        }
    }
}

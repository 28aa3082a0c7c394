package io.storyline.quotegroups;

import io.storyline.core.Span;
import io.storyline.speakers.QuoteRef;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One quote as the grouper sees it.
 *
 * @param ref which quote of the story
 * @param span where it is in its article (half-open UTF-16 indices), to skip a quote nested in
 *     another of the same article
 * @param text the quoted or reported words
 * @param speaker the canonical speaker id, or null
 * @param anonymous whether the source is deliberately unnamed
 */
public record GroupQuote(
        QuoteRef ref, Span span, String text, @Nullable String speaker, boolean anonymous) {

    public GroupQuote {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}

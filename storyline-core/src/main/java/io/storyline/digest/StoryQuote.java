package io.storyline.digest;

import io.storyline.quotes.Quote;
import io.storyline.speakers.QuoteRef;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One quote of a story with its story-level speaker.
 *
 * @param id story-level id ("q1", "q2", … in article order, then text order)
 * @param ref the article and the quote's index in that article's quote list
 * @param quote the quote as the article-level finder returned it (offsets into the article text)
 * @param text the quoted or reported words
 * @param speaker the canonical speaker's id ({@link StoryDigest#speakers()}), or null when the source is
 *     anonymous or could not be resolved
 * @param side the side (country or organisation) of the speaker, or the one an anonymous source's
 *     description names ("Russian sources"), or null
 * @param anonymous whether the source is deliberately unnamed
 */
public record StoryQuote(
        String id,
        QuoteRef ref,
        Quote quote,
        String text,
        @Nullable String speaker,
        @Nullable String side,
        boolean anonymous) {

    public StoryQuote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(text, "text");
    }

    public String article() {
        return ref.article();
    }
}

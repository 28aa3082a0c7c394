package io.storyline.speakers;

import java.util.Objects;

/**
 * Points at one quote of a story: the article and the quote's index in that article's quote list.
 *
 * @param article the article id
 * @param index the position of the quote in the article's list of quotes, from 0
 */
public record QuoteRef(String article, int index) {

    public QuoteRef {
        Objects.requireNonNull(article, "article");
        if (index < 0) {
            throw new IllegalArgumentException("quote index must be >= 0, got " + index);
        }
    }

    @Override
    public String toString() {
        return article + "#" + index;
    }
}

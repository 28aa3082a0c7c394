package io.storyline.speakers;

import io.storyline.names.Name;
import io.storyline.quotes.Quote;
import java.util.List;
import java.util.Objects;

/**
 * One article's input to the story-level speaker and quote-group stages.
 *
 * @param article the article id, unique in the story
 * @param text the article text the quote and name offsets point into
 * @param quotes the article's quotes, as the article-level finder returned them
 * @param names the article's name mentions
 */
public record ArticleQuotes(String article, String text, List<Quote> quotes, List<Name> names) {

    public ArticleQuotes {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        quotes = List.copyOf(quotes);
        names = List.copyOf(names);
    }

    /** The reference of the quote at {@code index}. */
    public QuoteRef ref(int index) {
        return new QuoteRef(article, index);
    }
}

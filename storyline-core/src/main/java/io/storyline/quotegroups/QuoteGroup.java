package io.storyline.quotegroups;

import io.storyline.speakers.QuoteRef;
import java.util.List;

/**
 * The renderings of one statement across the articles of a story.
 *
 * @param quotes the quotes of the group, in story order (at least two)
 * @param relations the labelled pairs that tie the group together
 */
public record QuoteGroup(List<QuoteRef> quotes, List<QuotePair> relations) {

    public QuoteGroup {
        quotes = List.copyOf(quotes);
        relations = List.copyOf(relations);
        if (quotes.size() < 2) {
            throw new IllegalArgumentException("a quote group has at least two quotes, got " + quotes.size());
        }
    }

    public boolean contains(QuoteRef quote) {
        return quotes.contains(quote);
    }
}

package io.storyline.digest;

import io.storyline.quotegroups.QuoteRelation;
import io.storyline.quotegroups.WordDiff;
import java.util.List;
import java.util.Objects;

/**
 * The renderings of one statement across a story's articles.
 *
 * @param quotes the quote ids of the group, in story order (at least two)
 * @param relations the labelled pairs that tie the group together
 */
public record StoryQuoteGroup(List<String> quotes, List<Relation> relations) {

    public StoryQuoteGroup {
        quotes = List.copyOf(quotes);
        relations = List.copyOf(relations);
        if (quotes.size() < 2) {
            throw new IllegalArgumentException("a quote group has at least two quotes, got " + quotes.size());
        }
    }

    /**
     * How quote {@code b} renders quote {@code a}.
     *
     * @param a the earlier quote's id
     * @param b the later quote's id
     * @param relation verbatim, trimmed, paraphrase, altered or misattributed
     * @param diff the word-level diff from {@code a}'s words to {@code b}'s
     */
    public record Relation(String a, String b, QuoteRelation relation, WordDiff diff) {
        public Relation {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(diff, "diff");
        }
    }
}

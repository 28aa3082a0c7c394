package io.storyline.digest;

import io.storyline.core.Span;
import io.storyline.time.DateRange;
import io.storyline.time.Precision;
import java.util.List;
import java.util.Objects;

/**
 * One dated event of a story's timeline.
 *
 * @param date the date as the contract writes it: {@code 2025-03-11}, {@code 2025-03}, {@code 2024}, or an
 *     interval {@code 2025-03-10/2025-03-12} for weeks, seasons and other ranges
 * @param precision how finely the date is known
 * @param range the calendar days the date covers
 * @param text the sentence that dates the event, verbatim from the first article supporting it
 * @param expression the time expression of that sentence, as written
 * @param support every article sentence that dates the event this way, in story order
 * @param inferred whether the date rests on a publication date inferred for an undated article
 */
public record TimelineEntry(
        String date,
        Precision precision,
        DateRange range,
        String text,
        String expression,
        List<Support> support,
        boolean inferred) {

    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(range, "range");
        support = List.copyOf(support);
        if (support.isEmpty()) {
            throw new IllegalArgumentException("a timeline entry has at least one supporting sentence");
        }
    }

    /** The ids of the supporting articles, each once, in story order. */
    public List<String> articles() {
        return support.stream().map(Support::article).distinct().toList();
    }

    /**
     * One sentence supporting an entry.
     *
     * @param article the article id
     * @param sentence the sentence's span in the article text
     * @param expression the time expression's span in the article text
     * @param text the time expression as written
     */
    public record Support(String article, Span sentence, Span expression, String text) {
        public Support {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(sentence, "sentence");
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(text, "text");
        }
    }
}

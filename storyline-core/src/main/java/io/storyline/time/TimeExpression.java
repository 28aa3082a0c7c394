package io.storyline.time;

import io.storyline.core.Span;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One time expression found in an article and its value.
 *
 * <p>{@code value} is TIMEX3 style: {@code 2025-03-12}, {@code 2025-03}, {@code 2024}, {@code 2025-W11},
 * {@code 2025-Q1}, {@code 2024-SU}, {@code 199} (the 1990s), {@code 2025-03-12TMO}, {@code
 * 2025-03-12T14:30}, {@code P30D}, {@code PT2H}, {@code PXY} (some years), {@code PRESENT_REF}, {@code
 * PAST_REF}, {@code FUTURE_REF}, an interval {@code 2025-03-11/2025-03-12}, or with {@code X} where a part
 * cannot be resolved ({@code XXXX-08} when there is no reference date).
 *
 * @param span half-open UTF-16 offsets into the article text
 * @param text exactly {@code span.of(articleText)}
 * @param type TIMEX3 type
 * @param value the normalised value, never blank
 * @param precision how finely the value pins the time down
 * @param range the calendar days the value covers, narrowed where the wording says so ("earlier this
 *     week" in a past-tense sentence covers the week's days up to the anchor); null for durations,
 *     sets, references and unresolved values
 * @param mod TIMEX3 modifier ({@code START}, {@code MID}, {@code END}, {@code APPROX}), or null
 * @param anchor what the value was resolved against
 * @param anchorDate the anchor's day, or null when {@code anchor} is {@link Anchor#NONE}
 */
public record TimeExpression(
        Span span,
        String text,
        TimeType type,
        String value,
        Precision precision,
        @Nullable DateRange range,
        @Nullable String mod,
        Anchor anchor,
        @Nullable LocalDate anchorDate) {

    public TimeExpression {
        if (value.isBlank()) {
            throw new IllegalArgumentException("value must not be blank (expression \"" + text + "\")");
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException(
                    "text length " + text.length() + " does not match span " + span + " (\"" + text + "\")");
        }
        if ((anchor == Anchor.NONE) != (anchorDate == null)) {
            throw new IllegalArgumentException("anchorDate must be given exactly when anchor is not NONE");
        }
    }

    /** Whether the value is a calendar date or time that could be placed on a timeline. */
    public boolean resolved() {
        return range != null;
    }
}

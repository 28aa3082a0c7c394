package io.storyline.time;

import java.time.LocalDate;

/**
 * The date relative expressions are resolved against: the publication date, or, when an article has
 * none, the latest date the text itself makes certain.
 *
 * @param date the reference day (for an inferred month or year: its last day)
 * @param precision {@link Precision#DAY}, or {@link Precision#MONTH}/{@link Precision#YEAR} for an
 *     inferred reference that only a month or year supports
 * @param inferred whether the date was inferred from the text rather than given
 */
public record ReferenceDate(LocalDate date, Precision precision, boolean inferred) {

    public ReferenceDate {
        if (precision != Precision.DAY && precision != Precision.MONTH && precision != Precision.YEAR) {
            throw new IllegalArgumentException("precision must be DAY, MONTH or YEAR, got " + precision);
        }
        if (!inferred && precision != Precision.DAY) {
            throw new IllegalArgumentException("a given publication date has DAY precision, got " + precision);
        }
    }

    /** A given publication date. */
    public static ReferenceDate published(LocalDate date) {
        return new ReferenceDate(date, Precision.DAY, false);
    }
}

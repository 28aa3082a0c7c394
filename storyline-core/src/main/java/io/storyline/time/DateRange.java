package io.storyline.time;

import java.time.LocalDate;

/**
 * An inclusive range of calendar days, the interval a resolved date value covers ({@code 2025-03}
 * covers 1 to 31 March).
 *
 * @param first first day, inclusive
 * @param last last day, inclusive, not before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last must not be before first, got " + first + "/" + last);
        }
    }

    /** A range of one day. */
    public static DateRange of(LocalDate day) {
        return new DateRange(day, day);
    }

    /** Whether {@code other} lies wholly inside this range. */
    public boolean contains(DateRange other) {
        return !other.first.isBefore(first) && !other.last.isAfter(last);
    }

    /** ISO 8601 interval {@code first/last}, or the single day when both are the same. */
    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + "/" + last;
    }
}

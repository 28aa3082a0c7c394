package io.storyline.time;

/**
 * How finely a resolved value pins a time down. {@link #NONE} is used for durations, sets, the
 * {@code PRESENT_REF}/{@code PAST_REF}/{@code FUTURE_REF} references and values left unresolved.
 */
public enum Precision {
    TIME,
    DAY,
    /** A span of days inside one week or across a few days, given as an interval {@code A/B}. */
    RANGE,
    WEEK,
    MONTH,
    SEASON,
    QUARTER,
    HALF,
    YEAR,
    DECADE,
    CENTURY,
    NONE
}

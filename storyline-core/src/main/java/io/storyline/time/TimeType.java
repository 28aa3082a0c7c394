package io.storyline.time;

/** TIMEX3 type of a time expression. */
public enum TimeType {
    /** A calendar date or period: a day, week, month, season, quarter, year, or a reference like "now". */
    DATE,
    /** A time of day, or a part of a day ("this morning"). */
    TIME,
    /** A length of time ("a 30-day ceasefire", "two years"), never resolved to a date. */
    DURATION,
    /** A recurrence ("daily", "every week"). */
    SET
}

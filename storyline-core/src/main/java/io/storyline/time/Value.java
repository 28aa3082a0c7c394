package io.storyline.time;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a rule resolved a match to, before it becomes a {@link TimeExpression}. */
record Value(
        @Nullable TimeType type,
        String value,
        Precision precision,
        @Nullable DateRange range,
        @Nullable String mod,
        Anchor anchor,
        @Nullable LocalDate anchorDate,
        boolean comparison) {

    Value(
            @Nullable TimeType type,
            String value,
            Precision precision,
            @Nullable DateRange range,
            @Nullable String mod,
            Anchor anchor,
            @Nullable LocalDate anchorDate) {
        this(type, value, precision, range, mod, anchor, anchorDate, false);
    }

    /** A value with no calendar meaning: a duration, a set, a reference word. */
    static Value plain(String value) {
        return new Value(null, value, Precision.NONE, null, null, Anchor.NONE, null);
    }

    /** An absolute period ("March 2025"). */
    static Value absolute(Period p) {
        return new Value(null, p.value(), p.precision(), p.range(), null, Anchor.NONE, null);
    }

    /** This value marked as a comparison point ("a year earlier"), which does not become the last date mentioned. */
    Value asComparison() {
        return new Value(type, value, precision, range, mod, anchor, anchorDate, true);
    }

    Value withType(TimeType t) {
        return new Value(t, value, precision, range, mod, anchor, anchorDate, comparison);
    }

    Value withMod(@Nullable String m) {
        return new Value(type, value, precision, range, m, anchor, anchorDate, comparison);
    }

    Value withValue(String v, Precision p) {
        return new Value(type, v, p, range, mod, anchor, anchorDate, comparison);
    }

    Value withRange(@Nullable DateRange r) {
        return new Value(type, value, precision, r, mod, anchor, anchorDate, comparison);
    }
}

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
        @Nullable LocalDate anchorDate) {

    /** A value with no calendar meaning: a duration, a set, a reference word. */
    static Value plain(String value) {
        return new Value(null, value, Precision.NONE, null, null, Anchor.NONE, null);
    }

    /** An absolute period ("March 2025"). */
    static Value absolute(Period p) {
        return new Value(null, p.value(), p.precision(), p.range(), null, Anchor.NONE, null);
    }

    Value withType(TimeType t) {
        return new Value(t, value, precision, range, mod, anchor, anchorDate);
    }

    Value withMod(@Nullable String m) {
        return new Value(type, value, precision, range, m, anchor, anchorDate);
    }

    Value withValue(String v, Precision p) {
        return new Value(type, v, p, range, mod, anchor, anchorDate);
    }

    Value withRange(@Nullable DateRange r) {
        return new Value(type, value, precision, r, mod, anchor, anchorDate);
    }
}

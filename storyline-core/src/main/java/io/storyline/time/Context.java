package io.storyline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/**
 * The state resolution runs in, for one text: the reference date, the last date mentioned so far and
 * the span being resolved. Mutable, used by one thread for one call.
 */
final class Context {

    /** Which of two candidates a partial date ("in August", "on Friday") picks. */
    enum Direction {
        PAST,
        FUTURE,
        NEAREST
    }

    private final String text;
    private final @Nullable ReferenceDate reference;
    /** How far back (in characters) a mentioned date still anchors "a day earlier" and the like. */
    private static final int MENTION_REACH = 600;

    private @Nullable Period mentioned;
    private int mentionedEnd;
    private @Nullable Period lastQuarter;
    private int start;
    private int end;
    private @Nullable Tense tense;

    Context(String text, @Nullable ReferenceDate reference) {
        this.text = text;
        this.reference = reference;
    }

    void at(int s, int e) {
        start = s;
        end = e;
        tense = null;
    }

    String text() {
        return text;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The reference day, when there is one at day precision. */
    @Nullable
    LocalDate ref() {
        return reference == null || reference.precision() != Precision.DAY ? null : reference.date();
    }

    Tense tense() {
        Tense t = tense;
        if (t == null) {
            t = Tense.around(text, start, end);
            tense = t;
        }
        return t;
    }

    /** The direction the tense implies, or {@code fallback} when it says nothing. */
    Direction direction(Direction fallback) {
        return switch (tense()) {
            case PAST -> Direction.PAST;
            case FUTURE -> Direction.FUTURE;
            default -> fallback;
        };
    }

    /** The last period mentioned before this expression, or null. */
    @Nullable
    Period mentioned() {
        return start - mentionedEnd > MENTION_REACH ? null : mentioned;
    }

    void mention(Period p, int end) {
        mentioned = p;
        mentionedEnd = end;
        if (p.precision() == Precision.QUARTER) {
            lastQuarter = p;
        }
    }

    /** The last quarter mentioned anywhere before, for "a year earlier" in quarterly reports. */
    @Nullable
    Period lastQuarter() {
        return lastQuarter;
    }

    /** A value resolved against the reference date. */
    Value relative(Period p) {
        LocalDate r = ref();
        Anchor a = reference != null && reference.inferred() ? Anchor.INFERRED_REFERENCE : Anchor.REFERENCE;
        return new Value(null, p.value(), p.precision(), p.range(), null, a, r);
    }

    /** A value resolved against the last date mentioned (or the reference when nothing was). */
    Value fromMentioned(Period p, LocalDate anchorDay, boolean wasMentioned) {
        if (!wasMentioned) {
            return relative(p);
        }
        return new Value(null, p.value(), p.precision(), p.range(), null, Anchor.MENTIONED, anchorDay);
    }

    /** The anchor day for "a day earlier", "later that day": the last day mentioned, else the reference. */
    @Nullable
    LocalDate anchorDay() {
        Period m = mentioned();
        if (m != null) {
            return m.range().first();
        }
        return ref();
    }

    /** The weekday {@code day} nearest the reference in {@code direction}; the reference day itself counts. */
    static LocalDate weekday(LocalDate ref, DayOfWeek day, Direction direction) {
        LocalDate past = ref.with(TemporalAdjusters.previousOrSame(day));
        LocalDate future = ref.with(TemporalAdjusters.nextOrSame(day));
        return switch (direction) {
            case PAST -> past;
            case FUTURE -> future;
            case NEAREST -> ChronoUnit.DAYS.between(past, ref) <= ChronoUnit.DAYS.between(ref, future) ? past : future;
        };
    }

    /**
     * The year for month {@code m} (and day {@code d}, 0 for the whole month) seen from {@code ref}: the
     * nearest occurrence, unless the tense points the other way and the nearest is far enough off (more
     * than 45 days for a day, three months for a month). A forced direction ("last", "next") always wins.
     */
    static int yearFor(LocalDate ref, int m, int d, Tense tense, @Nullable Direction forced) {
        int y = ref.getYear();
        if (d > 0) {
            MonthDay md = MonthDay.of(m, Math.min(d, m == 2 ? 29 : 31));
            LocalDate same = md.atYear(y);
            int nearest = nearestYear(ref, md);
            long offset = ChronoUnit.DAYS.between(ref, md.atYear(nearest));
            Direction dir = forced != null ? forced : overrule(tense, offset, 45);
            return switch (dir) {
                case PAST -> same.isAfter(ref) ? y - 1 : y;
                case FUTURE -> same.isBefore(ref) ? y + 1 : y;
                case NEAREST -> nearest;
            };
        }
        YearMonth now = YearMonth.from(ref);
        YearMonth same = YearMonth.of(y, m);
        long diff = ChronoUnit.MONTHS.between(now, same);
        int nearest = Math.abs(diff) <= 6 ? y : same.isAfter(now) ? y - 1 : y + 1;
        long offset = ChronoUnit.MONTHS.between(now, YearMonth.of(nearest, m));
        Direction dir = forced != null ? forced : overrule(tense, offset, 3);
        return switch (dir) {
            case PAST -> same.isAfter(now) ? y - 1 : y;
            case FUTURE -> same.isBefore(now) ? y + 1 : y;
            case NEAREST -> nearest;
        };
    }

    private static Direction overrule(Tense tense, long offset, long threshold) {
        if (tense == Tense.PAST && offset >= threshold) {
            return Direction.PAST;
        }
        if (tense == Tense.FUTURE && offset <= -threshold) {
            return Direction.FUTURE;
        }
        return Direction.NEAREST;
    }

    private static int nearestYear(LocalDate ref, MonthDay md) {
        int best = ref.getYear();
        long bestDays = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            long days = Math.abs(ChronoUnit.DAYS.between(ref, md.atYear(y)));
            if (days < bestDays) {
                bestDays = days;
                best = y;
            }
        }
        return best;
    }
}

package io.storyline.time;

import static io.storyline.time.CalendarRules.lower;
import static io.storyline.time.Lexicon.NUM;
import static io.storyline.time.Lexicon.PART_OF_DAY;
import static io.storyline.time.Lexicon.UNIT;
import static io.storyline.time.Lexicon.WEEKDAY;

import io.storyline.time.Context.Direction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Rules for expressions resolved against the reference date or the last date mentioned. */
final class RelativeRules {

    private RelativeRules() {}

    static List<Rule> rules() {
        return List.of(
                Rule.of(
                        "deictic",
                        TimeType.DATE,
                        "(?i:(?:(?<mod>early|late|later|earlier)\\s+)?(?<w>today|tonight|yesterday|tomorrow)"
                                + "(?:\\s+(?<pod>" + PART_OF_DAY + "))?)",
                        RelativeRules::deictic),
                Rule.of(
                        "weekday",
                        TimeType.DATE,
                        "(?:(?<rel>(?i:last|this|next|past|coming|early|late|this\\s+coming|this\\s+past))\\s+)?(?<wd>"
                                + WEEKDAY + ")(?:\\s+(?<pod>(?i:" + PART_OF_DAY + ")))?",
                        RelativeRules::weekday),
                Rule.of(
                        "this-unit",
                        TimeType.DATE,
                        "(?i:(?:(?<pre>earlier|later|late|early)\\s+)?(?<rel>last|this|next|past|coming|previous|current)"
                                + "\\s+(?<u>week|month|year|weekend|decade|century|fiscal\\s+year))",
                        RelativeRules::thisUnit),
                Rule.of(
                        "the-current-unit",
                        TimeType.DATE,
                        "(?i:the\\s+(?<rel>current|present)\\s+(?<u>week|month|year|fiscal\\s+year|decade|century))",
                        RelativeRules::thisUnit),
                Rule.of(
                        "shift",
                        TimeType.DATE,
                        "(?i:(?<n>" + NUM + ")[\\s-]+(?<u>" + UNIT + ")\\s+(?<dir>ago|earlier|later|before|after|"
                                + "from\\s+now|hence|previously|back|prior))",
                        RelativeRules::shift),
                Rule.of(
                        "year-earlier",
                        TimeType.DATE,
                        "(?i:(?:the\\s+)?(?<u>year|month|quarter)[\\s-](?<dir>earlier|ago))",
                        RelativeRules::shift),
                Rule.of(
                        "that-unit",
                        TimeType.DATE,
                        "(?i:(?:(?<pre>later|earlier|late|early)\\s+)?(?:that|the\\s+same|that\\s+same)\\s+(?<u>day|week|"
                                + "month|year|morning|afternoon|evening|night))",
                        RelativeRules::thatUnit),
                Rule.of(
                        "next-unit",
                        TimeType.DATE,
                        "(?i:the\\s+(?<w>next|following|previous|preceding|prior)\\s+(?<u>day|morning|evening|night|week|"
                                + "weekend|month|year))",
                        RelativeRules::nextUnit),
                Rule.of(
                        "day-before",
                        TimeType.DATE,
                        "(?i:the\\s+(?<u>day|week|month|year)\\s+(?<w>before|after)(?<y>\\s+yesterday)?)",
                        RelativeRules::nextUnit));
    }

    private static @Nullable Value deictic(Match m, Context c) {
        String w = lower(m.group("w"));
        String pod = m.group("pod");
        String mod = CalendarRules.mod(m.group("mod"), "");
        LocalDate ref = c.ref();
        if (ref == null) {
            return Value.plain(w.equals("today") ? "PRESENT_REF" : "XXXX-XX-XX");
        }
        LocalDate d = switch (w) {
            case "yesterday" -> ref.minusDays(1);
            case "tomorrow" -> ref.plusDays(1);
            default -> ref;
        };
        return withPartOfDay(c.relative(Period.day(d)), pod).withMod(mod);
    }

    static Value withPartOfDay(Value v, @Nullable String pod) {
        if (pod == null) {
            return v;
        }
        return v.withValue(v.value() + "T" + Lexicon.partOfDay(pod), Precision.TIME)
                .withType(TimeType.TIME);
    }

    private static @Nullable Value weekday(Match m, Context c) {
        DayOfWeek day = Lexicon.weekday(m.required("wd"));
        String rel = lower(m.group("rel")).replaceAll("\\s+", " ");
        LocalDate ref = c.ref();
        if (ref == null) {
            return Value.plain("XXXX-WXX-" + day.getValue());
        }
        LocalDate d = switch (rel) {
            case "last", "past", "this past" -> ref.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
            case "next", "coming", "this coming" -> ref.plusDays(1).with(TemporalAdjusters.nextOrSame(day));
            default -> Context.weekday(ref, day, c.direction(Direction.PAST));
        };
        return withPartOfDay(c.relative(Period.day(d)), m.group("pod"))
                .withMod(CalendarRules.mod(null, rel.startsWith("early") || rel.startsWith("late") ? rel : ""));
    }

    private static @Nullable Value thisUnit(Match m, Context c) {
        String rel = lower(m.group("rel"));
        String pre = lower(m.group("pre"));
        String u = lower(m.group("u")).replaceAll("\\s+", " ");
        LocalDate ref = c.ref();
        if (ref == null) {
            return Value.plain(
                    rel.equals("this") || rel.equals("current")
                            ? "PRESENT_REF"
                            : rel.equals("next") || rel.equals("coming") ? "FUTURE_REF" : "PAST_REF");
        }
        boolean weekend = u.equals("weekend");
        Precision p = switch (u) {
            case "week", "weekend" -> Precision.WEEK;
            case "month" -> Precision.MONTH;
            case "decade" -> Precision.DECADE;
            case "century" -> Precision.CENTURY;
            default -> Precision.YEAR;
        };
        int shift = switch (rel) {
            case "last", "past", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        Period period = Period.of(p, ref).shift(shift);
        if (weekend) {
            LocalDate base = ref.plusWeeks(shift);
            if (shift == 0 && ref.getDayOfWeek().getValue() <= 2 && c.tense() == Tense.PAST) {
                base = ref.minusWeeks(1);
            }
            period = Period.weekend(base);
        } else if (shift == 0 && p == Precision.WEEK) {
            period = narrowWeek(period, ref, pre, c);
        } else if (shift == 0 && !pre.isEmpty()) {
            period = pre.startsWith("earl")
                    ? period.narrowed(period.range().first(), ref.minusDays(1))
                    : period.narrowed(ref.plusDays(1), period.range().last());
        }
        Value v = c.relative(period);
        if (pre.startsWith("earl")) {
            v = v.withMod("START");
        } else if (pre.startsWith("late")) {
            v = v.withMod("END");
        }
        return v;
    }

    /** "this week": the days already past in a past-tense clause, the days to come in a future one. */
    private static Period narrowWeek(Period week, LocalDate ref, String pre, Context c) {
        if (pre.startsWith("earl") || (pre.isEmpty() && c.tense() == Tense.PAST)) {
            return week.narrowed(week.range().first(), pre.isEmpty() ? ref : ref.minusDays(1));
        }
        if (pre.startsWith("late") || (pre.isEmpty() && c.tense() == Tense.FUTURE)) {
            return week.narrowed(
                    pre.isEmpty() ? ref : ref.plusDays(1), week.range().last());
        }
        return week;
    }

    private static @Nullable Value shift(Match m, Context c) {
        Lexicon.Unit unit = Lexicon.unit(m.required("u"));
        String ns = m.group("n");
        Integer n = ns == null ? Integer.valueOf(1) : Lexicon.number(ns);
        if (unit == null || n == null) {
            return null;
        }
        String dir = lower(m.group("dir")).replaceAll("\\s+", " ");
        int sign = switch (dir) {
            case "later", "after", "from now", "hence" -> 1;
            default -> -1;
        };
        if (n < 0) {
            return null;
        }
        boolean fromMentioned =
                !(dir.equals("ago") || dir.equals("from now") || dir.equals("hence") || dir.equals("back"));
        Period mentioned = c.mentioned();
        LocalDate anchor = fromMentioned ? c.anchorDay() : c.ref();
        if (anchor == null) {
            return Value.plain(sign > 0 ? "FUTURE_REF" : "PAST_REF");
        }
        Precision p = unit.precision();
        long amount = (long) n * unit.factor() * sign;
        Period result;
        Period quarter = c.lastQuarter();
        if (quarter != null && unit.letter().equals("Y")) {
            result = quarter.shift(4 * amount);
            return c.fromMentioned(result, quarter.range().first(), true).asComparison();
        }
        LocalDate shifted = switch (unit.letter()) {
            case "D" -> anchor.plusDays(amount);
            case "W" -> anchor.plusWeeks(amount);
            case "M" -> unit.clock() ? anchor : anchor.plusMonths(amount);
            case "Q" -> anchor.plusMonths(3 * amount);
            case "Y" -> anchor.plusYears(amount);
            case "DE" -> anchor.plusYears(10 * amount);
            case "CE" -> anchor.plusYears(100 * amount);
            default -> anchor;
        };
        result = Period.of(p == Precision.TIME ? Precision.DAY : p, shifted);
        Value v = c.fromMentioned(result, anchor, fromMentioned && mentioned != null);
        return p == Precision.YEAR || p == Precision.QUARTER ? v.asComparison() : v;
    }

    private static @Nullable Value thatUnit(Match m, Context c) {
        LocalDate anchor = c.anchorDay();
        if (anchor == null) {
            return Value.plain("PAST_REF");
        }
        String u = lower(m.group("u"));
        Period p = switch (u) {
            case "week" -> Period.week(anchor);
            case "month" -> Period.month(anchor);
            case "year" -> Period.year(anchor.getYear());
            default -> Period.day(anchor);
        };
        Value v = c.fromMentioned(p, anchor, c.mentioned() != null);
        return switch (u) {
            case "morning", "afternoon", "evening", "night" -> withPartOfDay(v, u);
            default -> v;
        };
    }

    private static @Nullable Value nextUnit(Match m, Context c) {
        String w = lower(m.group("w"));
        String u = lower(m.group("u"));
        boolean beforeYesterday = m.group("y") != null;
        LocalDate anchor = beforeYesterday ? c.ref() : c.anchorDay();
        if (anchor == null) {
            return Value.plain(
                    w.equals("next") || w.equals("following") || w.equals("after") ? "FUTURE_REF" : "PAST_REF");
        }
        int sign = w.equals("next") || w.equals("following") || w.equals("after") ? 1 : -1;
        if (beforeYesterday) {
            return c.relative(Period.day(anchor.plusDays(2L * sign)));
        }
        Period p = switch (u) {
            case "week" -> Period.week(anchor).shift(sign);
            case "weekend" -> Period.weekend(anchor.plusWeeks(sign));
            case "month" -> Period.month(anchor).shift(sign);
            case "year" -> Period.year(anchor.getYear() + sign);
            default -> Period.day(anchor.plusDays(sign));
        };
        Value v = c.fromMentioned(p, anchor, c.mentioned() != null);
        return switch (u) {
            case "morning", "evening", "night" -> withPartOfDay(v, u);
            default -> v;
        };
    }
}

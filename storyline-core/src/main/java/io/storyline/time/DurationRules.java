package io.storyline.time;

import static io.storyline.time.CalendarRules.lower;
import static io.storyline.time.Lexicon.NUM;
import static io.storyline.time.Lexicon.PART_OF_DAY;
import static io.storyline.time.Lexicon.UNIT;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Rules for durations, recurrences, clock times and the present/past/future reference words. */
final class DurationRules {

    private DurationRules() {}

    /**
     * The duration, set, clock-time and present/past/future rules, in the order {@link RuleTimeFinder}
     * tries them (one table of named rules, kept in one method so the order reads top to bottom); with
     * {@code formerIsPast}, "former" (as in "the former minister") is a past reference.
     */
    static List<Rule> rules(boolean formerIsPast) {
        String past = "recently|more\\s+recently|recent|lately|previously|formerly|in\\s+the\\s+past|the\\s+past"
                + (formerIsPast ? "|former" : "");
        return List.of(
                Rule.of(
                        "duration",
                        TimeType.DURATION,
                        "(?i:(?:(?<det>the\\s+(?:past|last|next|first|coming|previous|following|latest|final|initial|"
                                + "remaining|same|whole|entire|full|other)|the|another|an\\s+additional|an\\s+extra)\\s+)?"
                                + "(?<n>" + NUM
                                + ")[\\s-]+(?:(?:more|additional|further|straight|consecutive)\\s+)?(?<u>" + UNIT
                                + ")(?:[\\s-]+(?<suf>long|old))?)",
                        DurationRules::duration),
                Rule.of(
                        "the-past-unit",
                        TimeType.DURATION,
                        "(?i:(?:the\\s+)?(?<det>past|last|next|coming|first|previous|following|recent|latest|final|"
                                + "past\\s+few|next\\s+few|last\\s+few|few)\\s+(?<u>" + UNIT + "))",
                        DurationRules::pastUnit),
                Rule.of(
                        "bare-units",
                        TimeType.DURATION,
                        "(?i:(?<=(?:for|over|in|within|after|took|take|lasted|spent|than)\\s)(?<u>days|weeks|months|years|"
                                + "decades|centuries|hours|minutes))",
                        DurationRules::pastUnit),
                Rule.of("unit-long", TimeType.DURATION, "(?i:(?<u>" + UNIT + ")-long)", DurationRules::pastUnit),
                Rule.of(
                        "set-word",
                        TimeType.SET,
                        "(?i:(?<w>daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly|biweekly|semiannually))",
                        DurationRules::setWord),
                Rule.of(
                        "every",
                        TimeType.SET,
                        "(?i:(?:every|each|per)\\s+(?:(?<other>other)\\s+)?(?:(?<n>" + NUM + ")\\s+)?(?<u>" + UNIT + "|"
                                + PART_OF_DAY + "))",
                        DurationRules::every),
                Rule.of(
                        "clock",
                        TimeType.TIME,
                        "(?<h>[01]?\\d)(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>(?i:a\\.m\\.?|p\\.m\\.?|am|pm))(?:\\s+(?<tz>"
                                + "[ECMP][SD]T|GMT|UTC))?",
                        DurationRules::clock),
                Rule.of("noon", TimeType.TIME, "(?i:(?<w>noon|midnight))", DurationRules::clock),
                Rule.of(
                        "part-of-day",
                        TimeType.TIME,
                        "(?i:(?<rel>this|the|last|early\\s+this|late\\s+this|early\\s+in\\s+the|late\\s+in\\s+the)\\s+"
                                + "(?<pod>morning|afternoon|evening|night))",
                        DurationRules::partOfDay),
                Rule.of(
                        "present",
                        TimeType.DATE,
                        "(?i:now|right\\s+now|currently|at\\s+present|presently|nowadays|these\\s+days|at\\s+the\\s+moment"
                                + "|at\\s+this\\s+time|the\\s+present(?:\\s+time)?|current|so\\s+far)",
                        (m, c) -> Value.plain("PRESENT_REF")),
                Rule.of("past", TimeType.DATE, "(?i:" + past + ")", (m, c) -> Value.plain("PAST_REF")),
                Rule.of(
                        "future",
                        TimeType.DATE,
                        "(?i:the\\s+future|the\\s+near\\s+future|future|(?<!as\\s)soon|shortly(?!\\s+(?:after|before))|someday|a\\s+later\\s+date|"
                                + "in\\s+the\\s+coming\\s+(?:days|weeks|months|years)|the\\s+coming\\s+(?:days|weeks|months|years))",
                        (m, c) -> Value.plain("FUTURE_REF")));
    }

    private static @Nullable Value duration(Match m, Context c) {
        if (m.group("suf") != null && lower(m.group("suf")).equals("old")) {
            return null;
        }
        Lexicon.Unit unit = Lexicon.unit(m.required("u"));
        Integer n = Lexicon.number(m.required("n"));
        if (unit == null || n == null || n >= 1000) {
            return null;
        }
        String det = lower(m.group("det"));
        String nText = lower(m.required("n"));
        if ((nText.equals("a") || nText.equals("an"))
                && det.isEmpty()
                && m.group("suf") == null
                && !Guards.precededBy(c.text(), m.start(), Guards.BEFORE_A_UNIT)) {
            return null;
        }
        if (nText.equals("some") && det.isEmpty() && !m.required("u").endsWith("s")) {
            return null;
        }
        if (n == -2) {
            return Value.plain(half(unit));
        }
        return Value.plain(unit.duration(n));
    }

    private static String half(Lexicon.Unit unit) {
        return switch (unit.letter()) {
            case "H" -> unit.clock() ? "PT30M" : "P6M";
            case "M" -> unit.clock() ? "PT30S" : "P0.5M";
            case "D" -> "PT12H";
            case "W" -> "P3.5D";
            case "Y" -> "P6M";
            case "DE" -> "P5Y";
            case "CE" -> "P50Y";
            default -> "PX" + unit.letter();
        };
    }

    private static @Nullable Value pastUnit(Match m, Context c) {
        String u = lower(m.required("u"));
        Lexicon.Unit unit = Lexicon.unit(u);
        if (unit == null) {
            return null;
        }
        String det = lower(m.group("det"));
        boolean plural = u.endsWith("s") || u.equals("centuries");
        boolean vague = plural || det.contains("few");
        if (det.equals("recent") && !plural) {
            return null;
        }
        if (u.startsWith("night") && !det.contains("few") && !plural) {
            return null;
        }
        if (plural && (det.equals("recent") || det.equals("past"))) {
            return Value.plain("PAST_REF");
        }
        if (plural && (det.equals("coming") || det.equals("next"))) {
            return Value.plain("FUTURE_REF");
        }
        return Value.plain(unit.duration(vague ? -1 : 1));
    }

    private static @Nullable Value setWord(Match m, Context c) {
        String w = lower(m.required("w"));
        String v = switch (w) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "biweekly" -> "P2W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P3M";
            case "semiannually" -> "P6M";
            case "hourly" -> "PT1H";
            default -> "P1Y";
        };
        return Value.plain(v);
    }

    private static @Nullable Value every(Match m, Context c) {
        String u = lower(m.required("u"));
        Lexicon.Unit unit = Lexicon.unit(u);
        if (unit == null) {
            return Value.plain("XXXX-XX-XXT" + Lexicon.partOfDay(u));
        }
        String ns = m.group("n");
        Integer n = ns == null ? Integer.valueOf(1) : Lexicon.number(ns);
        if (n == null) {
            return null;
        }
        if (m.group("other") != null) {
            n = 2;
        }
        return Value.plain(unit.duration(n));
    }

    private static @Nullable Value clock(Match m, Context c) {
        LocalDate ref = c.ref();
        String day = ref == null ? "XXXX-XX-XX" : ref.toString();
        String w = lower(m.group("w"));
        if (!w.isEmpty()) {
            String t = w.equals("noon") ? "12:00" : "24:00";
            return clockTime(day, t, ref);
        }
        int h = Integer.parseInt(m.required("h"));
        String mi = m.group("mi");
        boolean pm = lower(m.required("ap")).startsWith("p");
        if (h == 0 || h > 12) {
            return null;
        }
        int hour = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
        String t = String.format(Locale.ROOT, "%02d:%s", hour, mi == null ? "00" : mi);
        return clockTime(day, t, ref);
    }

    /** The time {@code t} (HH:MM) on {@code day}, anchored on the reference date when there is one. */
    private static Value clockTime(String day, String t, @Nullable LocalDate ref) {
        return new Value(
                null,
                day + "T" + t,
                Precision.TIME,
                ref == null ? null : DateRange.of(ref),
                null,
                ref == null ? Anchor.NONE : Anchor.REFERENCE,
                ref);
    }

    private static @Nullable Value partOfDay(Match m, Context c) {
        String rel = lower(m.required("rel"));
        LocalDate day = rel.equals("last") ? c.ref() : rel.contains("this") ? c.ref() : c.anchorDay();
        if (day == null) {
            return Value.plain("XXXX-XX-XXT" + Lexicon.partOfDay(m.required("pod")));
        }
        if (rel.equals("last")) {
            day = day.minusDays(1);
        }
        Value v = rel.contains("this") || rel.equals("last") || c.mentioned() == null
                ? c.relative(Period.day(day))
                : c.fromMentioned(Period.day(day), day, true);
        return RelativeRules.withPartOfDay(v, m.required("pod"));
    }
}

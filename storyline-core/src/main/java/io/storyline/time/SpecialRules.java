package io.storyline.time;

import static io.storyline.time.CalendarRules.lower;
import static io.storyline.time.Lexicon.DAY_NUM;
import static io.storyline.time.Lexicon.MONTH;
import static io.storyline.time.Lexicon.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Rules for holidays, weekends, spoken years, ordinal centuries and clock times tied to a day. */
final class SpecialRules {

    private static final String CLOCK =
            "(?<h>[01]?\\d)(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>(?i:a\\.m\\.?|p\\.m\\.?|am|pm))"
                    + "(?:\\s+(?:[ECMP][SD]T|GMT|UTC))?";

    private static final String TENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

    private SpecialRules() {}

    static List<Rule> rules() {
        return List.of(
                Rule.of(
                        "holiday",
                        TimeType.DATE,
                        "(?<hol>Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]s(?:\\s+(?:Day|Eve))?|Thanksgiving(?:\\s+Day)?"
                                + "|Independence\\s+Day|Fourth\\s+of\\s+July|Election\\s+Day|Labor\\s+Day|Memorial\\s+Day"
                                + "|Halloween|Valentine['’]s\\s+Day|Veterans\\s+Day)",
                        SpecialRules::holiday),
                Rule.of("the-weekend", TimeType.DATE, "(?i:the\\s+weekend)", SpecialRules::weekend),
                Rule.of(
                        "in-the-unit",
                        TimeType.DATE,
                        "(?i:(?<pre>earlier|later|early|late)\\s+in\\s+the\\s+(?<u>day|week|month|year))",
                        SpecialRules::inThe),
                Rule.of(
                        "century",
                        TimeType.DATE,
                        "(?i:the\\s+(?<n>\\d{1,2})(?:st|nd|rd|th)\\s+century)",
                        SpecialRules::century),
                Rule.of(
                        "spoken-year",
                        TimeType.DATE,
                        "(?i:(?:the\\s+year\\s+)?(?<a>nineteen|twenty)[\\s-](?<b>" + TENS
                                + "(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|hundred|oh[\\s-]\\w+)"
                                + "|(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+and\\s+\\w+)?)",
                        SpecialRules::spokenYear),
                Rule.of(
                        "clock-day",
                        TimeType.TIME,
                        CLOCK + ",?\\s+(?:(?i:on)\\s+)?(?:(?<wd>" + WEEKDAY + ")|(?<mon>" + MONTH + ")\\s+(?<d>"
                                + DAY_NUM + ")|(?<w>(?i:today|yesterday|tomorrow)))",
                        SpecialRules::clockDay),
                Rule.of(
                        "day-clock",
                        TimeType.TIME,
                        "(?:(?<wd>" + WEEKDAY + ")|(?<w>(?i:today|yesterday|tomorrow)))\\s+(?i:at\\s+)?" + CLOCK,
                        SpecialRules::clockDay));
    }

    private static @Nullable Value holiday(Match m, Context c) {
        String h = m.required("hol").toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
        LocalDate ref = c.ref();
        if (ref == null) {
            return null;
        }
        LocalDate best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate d = holidayIn(h, y);
            if (best == null
                    || Math.abs(ChronoUnit.DAYS.between(ref, d)) < Math.abs(ChronoUnit.DAYS.between(ref, best))) {
                best = d;
            }
        }
        return best == null ? null : c.relative(Period.day(best));
    }

    private static LocalDate holidayIn(String h, int y) {
        if (h.startsWith("christmas")) {
            return LocalDate.of(y, 12, h.endsWith("eve") ? 24 : 25);
        }
        if (h.startsWith("new year")) {
            return h.endsWith("eve") ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
        }
        if (h.startsWith("thanksgiving")) {
            return LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        }
        if (h.startsWith("independence") || h.startsWith("fourth")) {
            return LocalDate.of(y, 7, 4);
        }
        if (h.startsWith("election")) {
            return LocalDate.of(y, 11, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        }
        if (h.startsWith("labor")) {
            return LocalDate.of(y, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        }
        if (h.startsWith("memorial")) {
            return LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        }
        if (h.startsWith("halloween")) {
            return LocalDate.of(y, 10, 31);
        }
        if (h.startsWith("valentine")) {
            return LocalDate.of(y, 2, 14);
        }
        return LocalDate.of(y, 11, 11);
    }

    private static @Nullable Value weekend(Match m, Context c) {
        LocalDate ref = c.ref();
        if (ref == null) {
            return Value.plain("XXXX-WXX-WE");
        }
        boolean future = c.tense() == Tense.FUTURE;
        LocalDate base = ref.getDayOfWeek().getValue() >= 6 || future ? ref : ref.minusWeeks(1);
        return c.relative(Period.weekend(base));
    }

    private static @Nullable Value inThe(Match m, Context c) {
        String u = lower(m.required("u"));
        boolean early = lower(m.required("pre")).startsWith("earl");
        LocalDate anchor = u.equals("day") ? c.anchorDay() : c.ref();
        if (anchor == null) {
            return null;
        }
        Period p = switch (u) {
            case "week" -> Period.week(anchor);
            case "month" -> Period.month(anchor);
            case "year" -> Period.year(anchor.getYear());
            default -> Period.day(anchor);
        };
        Value v = u.equals("day") ? c.fromMentioned(p, anchor, c.mentioned() != null) : c.relative(p);
        return v.withMod(early ? "START" : "END");
    }

    private static @Nullable Value century(Match m, Context c) {
        int n = Integer.parseInt(m.required("n"));
        return n < 1 || n > 21 ? null : Value.absolute(Period.century((n - 1) * 100));
    }

    private static @Nullable Value spokenYear(Match m, Context c) {
        String t = Lexicon.norm(m.text()).replace("the year ", "");
        int year;
        if (t.startsWith("two thousand")) {
            String rest =
                    t.substring("two thousand".length()).replace(" and ", "").trim();
            Integer r = rest.isEmpty() ? Integer.valueOf(0) : Lexicon.number(rest);
            if (r == null || r < 0 || r > 99) {
                return null;
            }
            year = 2000 + r;
        } else {
            String a = lower(m.group("a"));
            String b = lower(m.group("b"));
            if (a.isEmpty() || b.isEmpty()) {
                return null;
            }
            int hundreds = a.equals("nineteen") ? 1900 : 2000;
            if (b.equals("hundred")) {
                year = hundreds;
            } else {
                Integer r = Lexicon.number(b.startsWith("oh") ? b.substring(3) : b);
                if (r == null || r < 1 || r > 99) {
                    return null;
                }
                year = hundreds + r;
            }
        }
        if (!m.text().toLowerCase(Locale.ROOT).startsWith("the year")
                && !Guards.precededBy(c.text(), m.start(), Guards.MONTH_PREPOSITIONS)) {
            return null;
        }
        return Year.isLeap(year) || year > 0 ? Value.absolute(Period.year(year)) : null;
    }

    private static @Nullable Value clockDay(Match m, Context c) {
        LocalDate ref = c.ref();
        if (ref == null) {
            return null;
        }
        LocalDate day;
        String wd = m.group("wd");
        String w = lower(m.group("w"));
        String mon = m.group("mon");
        if (wd != null) {
            day = Context.weekday(ref, Lexicon.weekday(wd), c.direction(Context.Direction.PAST));
        } else if (mon != null) {
            int month = Lexicon.month(mon);
            int d = Lexicon.dayOfMonth(m.required("d"));
            try {
                day = LocalDate.of(Context.yearFor(ref, month, d, c.tense(), null), month, d);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        } else {
            day = w.equals("yesterday") ? ref.minusDays(1) : w.equals("tomorrow") ? ref.plusDays(1) : ref;
        }
        int h = Integer.parseInt(m.required("h"));
        if (h == 0 || h > 12) {
            return null;
        }
        boolean pm = lower(m.required("ap")).startsWith("p");
        int hour = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
        String mi = m.group("mi");
        String t = String.format(Locale.ROOT, "%sT%02d:%s", day, hour, mi == null ? "00" : mi);
        return c.relative(Period.day(day)).withValue(t, Precision.TIME);
    }
}

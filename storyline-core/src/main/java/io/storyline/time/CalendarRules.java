package io.storyline.time;

import static io.storyline.time.Lexicon.DAY_NUM;
import static io.storyline.time.Lexicon.MONTH;
import static io.storyline.time.Lexicon.SEASON;
import static io.storyline.time.Lexicon.WEEKDAY;
import static io.storyline.time.Lexicon.YEAR_NUM;

import io.storyline.time.Context.Direction;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Rules for calendar expressions: dates, months, years, decades, seasons, quarters. */
final class CalendarRules {

    private static final String MOD = "(?:(?<mod>(?i:early|mid|late|the\\s+(?:end|beginning|start|middle)\\s+of|"
            + "the\\s+(?:first|second)\\s+half\\s+of))[\\s-]*)?";

    private static final String WD = "(?:(?<wd>" + WEEKDAY + "),?\\s+)?";

    private static final String DAYS = "(?<d>" + DAY_NUM + ")(?:\\s*[-–]\\s*(?<d2>" + DAY_NUM + "))?";

    private CalendarRules() {}

    /**
     * The calendar rules, in the order {@link RuleTimeFinder} tries them: one table of named rules, each
     * a pattern and the method that resolves it, kept in one method so the order reads top to bottom.
     */
    static List<Rule> rules() {
        return List.of(
                Rule.of(
                        "month-day-year",
                        TimeType.DATE,
                        WD + "(?<mon>" + MONTH + ")\\s+" + DAYS + ",?\\s+(?<y>" + YEAR_NUM + ")",
                        CalendarRules::monthDay),
                Rule.of(
                        "day-month-year",
                        TimeType.DATE,
                        WD + "(?:the\\s+)?" + DAYS + "(?:\\s+of)?\\s+(?<mon>" + MONTH + "),?\\s+(?<y>" + YEAR_NUM + ")",
                        CalendarRules::monthDay),
                Rule.of(
                        "month-day",
                        TimeType.DATE,
                        WD + "(?<mon>" + MONTH + ")\\s+" + DAYS + "(?![:.]?\\d)",
                        CalendarRules::monthDay),
                Rule.of(
                        "day-month",
                        TimeType.DATE,
                        WD + "(?:the\\s+)?" + DAYS + "(?:\\s+of)?\\s+(?<mon>" + MONTH + ")",
                        CalendarRules::monthDay),
                Rule.of("iso-date", TimeType.DATE, "(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})", CalendarRules::numeric),
                Rule.of(
                        "us-date",
                        TimeType.DATE,
                        "(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}|\\d{2})",
                        CalendarRules::numeric),
                Rule.of(
                        "month-year",
                        TimeType.DATE,
                        MOD + "(?<mon>" + MONTH + "),?\\s+(?:of\\s+)?(?<y>" + YEAR_NUM + ")",
                        CalendarRules::month),
                Rule.of(
                        "month",
                        TimeType.DATE,
                        MOD + "(?:(?<rel>(?i:last|this|next|past|coming|early|late))\\s+)?(?<mon>" + MONTH + ")",
                        CalendarRules::month),
                Rule.of(
                        "year",
                        TimeType.DATE,
                        MOD + "(?:(?i:(?<fiscal>fiscal)(?:\\s+year)?|the\\s+year)\\s+)?(?<y>" + YEAR_NUM
                                + ")(?![.,]?\\d|%|-\\d)",
                        CalendarRules::year),
                Rule.of(
                        "decade",
                        TimeType.DATE,
                        "(?i:(?:the\\s+)?" + MOD + "(?:(?<c>1[0-9]|20)(?<dd>\\d)0|['’](?<sd>\\d)0)['’]?s)",
                        CalendarRules::decade),
                Rule.of(
                        "season",
                        TimeType.DATE,
                        "(?i:" + MOD + "(?:(?<rel>last|this|next|past|coming|early|late)\\s+)?(?<s>" + SEASON
                                + ")(?:\\s+(?:of\\s+)?(?<y>" + YEAR_NUM + "))?)",
                        CalendarRules::season),
                Rule.of(
                        "quarter",
                        TimeType.DATE,
                        "(?i:(?:the\\s+|(?<py>this|last|next)\\s+year['’]s\\s+|(?<y2>" + YEAR_NUM
                                + ")['’]s\\s+)?(?:(?<rel>latest|current|most\\s+recent|last|past|previous|year-earlier|year-ago|"
                                + "same|fiscal|final)\\s+)?(?:(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+)(?<u>quarter"
                                + "|half)(?:\\s+(?:of\\s+)?(?:(?<ty>the\\s+year|this\\s+year|last\\s+year|next\\s+year)|"
                                + "(?:fiscal\\s+)?(?<y>" + YEAR_NUM + ")))?)",
                        CalendarRules::quarter),
                Rule.of(
                        "the-quarter",
                        TimeType.DATE,
                        "(?i:the\\s+(?:(?<rel>latest|current|most\\s+recent|last|past|previous|year-earlier|year-ago|same|"
                                + "fiscal|just-ended|just\\s+ended|comparable(?:\\s+year-ago|\\s+year-earlier)?)\\s+)?quarter"
                                + "|the\\s+(?<rel2>latest|year-earlier|year-ago|comparable|same)\\s+period)",
                        CalendarRules::quarter));
    }

    private static @Nullable Value monthDay(Match m, Context c) {
        int month = Lexicon.month(m.required("mon"));
        int d = Lexicon.dayOfMonth(m.required("d"));
        String d2s = m.group("d2");
        String ys = group(m, "y");
        Integer year = ys == null ? null : Integer.valueOf(ys);
        LocalDate ref = c.ref();
        boolean relative = year == null;
        if (year == null) {
            if (ref == null) {
                return Value.plain(String.format(Locale.ROOT, "XXXX-%02d-%02d", month, d));
            }
            year = Context.yearFor(ref, month, d, c.tense(), null);
        }
        try {
            LocalDate first = LocalDate.of(year, month, d);
            Period p = Period.day(first);
            if (d2s != null) {
                int d2 = Lexicon.dayOfMonth(d2s);
                if (d2 > d) {
                    p = Period.interval(first, LocalDate.of(year, month, d2));
                }
            }
            return relative ? c.relative(p) : Value.absolute(p);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static @Nullable Value numeric(Match m, Context c) {
        int y = Integer.parseInt(m.required("y"));
        if (y < 100) {
            y += y < 50 ? 2000 : 1900;
        }
        try {
            return Value.absolute(
                    Period.day(LocalDate.of(y, Integer.parseInt(m.required("m")), Integer.parseInt(m.required("d")))));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static @Nullable Value month(Match m, Context c) {
        String monText = m.required("mon");
        int month = Lexicon.month(monText);
        String ys = group(m, "y");
        String rel = lower(group(m, "rel"));
        String mod = mod(group(m, "mod"), rel);
        if (ys != null) {
            return Value.absolute(Period.month(YearMonth.of(Integer.parseInt(ys), month)))
                    .withMod(mod);
        }
        if (rel.isEmpty()
                && mod == null
                && (monText.equals("May") || monText.equals("March"))
                && !Guards.precededBy(c.text(), m.start(), Guards.MONTH_PREPOSITIONS)) {
            return null;
        }
        LocalDate ref = c.ref();
        if (ref == null) {
            return Value.plain(String.format(Locale.ROOT, "XXXX-%02d", month)).withMod(mod);
        }
        Direction dir = switch (rel) {
            case "last", "past" -> Direction.PAST;
            case "next", "coming" -> Direction.FUTURE;
            default -> null;
        };
        int year = Context.yearFor(ref, month, 0, c.tense(), dir);
        if (rel.equals("last") && year == ref.getYear() && month == ref.getMonthValue()) {
            year--;
        }
        if (rel.equals("next") && year == ref.getYear() && month == ref.getMonthValue()) {
            year++;
        }
        return c.relative(Period.month(YearMonth.of(year, month))).withMod(mod);
    }

    private static @Nullable Value year(Match m, Context c) {
        int y = Integer.parseInt(m.required("y"));
        String mod = mod(group(m, "mod"), "");
        boolean marked = mod != null
                || group(m, "fiscal") != null
                || m.text().toLowerCase(Locale.ROOT).startsWith("the year");
        if (!marked && !Guards.plausibleYear(c.text(), m.start(), m.end(), y)) {
            return null;
        }
        return Value.absolute(Period.year(y)).withMod(mod);
    }

    private static @Nullable Value decade(Match m, Context c) {
        String mod = mod(group(m, "mod"), "");
        String sd = group(m, "sd");
        int year;
        if (sd != null) {
            LocalDate ref = c.ref();
            int century = ref == null ? 1900 : (ref.getYear() / 100) * 100;
            year = century + 10 * Integer.parseInt(sd);
            if (ref != null && year > ref.getYear()) {
                year -= 100;
            }
        } else {
            year = Integer.parseInt(m.required("c")) * 100 + 10 * Integer.parseInt(m.required("dd"));
        }
        return Value.absolute(Period.decade(year)).withMod(mod);
    }

    private static @Nullable Value season(Match m, Context c) {
        String code = Lexicon.season(m.required("s"));
        String rel = lower(group(m, "rel"));
        String mod = mod(group(m, "mod"), rel);
        String ys = group(m, "y");
        if (ys != null) {
            return Value.absolute(Period.season(Integer.parseInt(ys), code)).withMod(mod);
        }
        if (rel.isEmpty() && mod == null && !Guards.precededBy(c.text(), m.start(), Guards.SEASON_PREPOSITIONS)) {
            return null;
        }
        LocalDate ref = c.ref();
        if (ref == null) {
            return Value.plain("XXXX-" + code).withMod(mod);
        }
        Period current = Period.seasonOf(ref);
        Period same = Period.season(current.range().first().getYear(), code);
        if (code.equals("WI") && ref.getMonthValue() <= 2) {
            same = current;
        }
        boolean started = !same.range().first().isAfter(ref);
        boolean ended = same.range().last().isBefore(ref);
        Period p = switch (rel) {
            case "last", "past" ->
                ended ? same : Period.season(same.range().first().getYear() - 1, code);
            case "next", "coming" ->
                started ? Period.season(same.range().first().getYear() + 1, code) : same;
            case "this" -> same;
            default ->
                c.tense() == Tense.PAST && !started
                        ? Period.season(same.range().first().getYear() - 1, code)
                        : same;
        };
        return c.relative(p).withMod(mod);
    }

    private static @Nullable Value quarter(Match m, Context c) {
        String rel = lower(group(m, "rel") != null ? group(m, "rel") : group(m, "rel2"))
                .replaceAll("\\s+", " ");
        String qs = lower(group(m, "q"));
        boolean half = lower(group(m, "u")).equals("half");
        int n = switch (qs.isEmpty() ? "" : qs.substring(0, 1)) {
            case "f" -> qs.startsWith("fi") ? 1 : 4;
            case "1" -> 1;
            case "s" -> 2;
            case "2" -> 2;
            case "t", "3" -> 3;
            case "4" -> 4;
            default -> 0;
        };
        String ys = group(m, "y") != null ? group(m, "y") : group(m, "y2");
        LocalDate ref = c.ref();
        if (ys != null) {
            int y = Integer.parseInt(ys);
            return Value.absolute(half ? Period.half(y, n) : Period.quarter(y, n));
        }
        if (ref == null) {
            return Value.plain(half ? "XXXX-H" + n : "XXXX-Q" + (n == 0 ? "X" : Integer.toString(n)));
        }
        String ty = group(m, "py") != null ? lower(group(m, "py")) : lower(group(m, "ty"));
        int year =
                ty.startsWith("last") ? ref.getYear() - 1 : ty.startsWith("next") ? ref.getYear() + 1 : ref.getYear();
        if (half) {
            return c.relative(Period.half(year, n));
        }
        Period current = Period.quarter(ref);
        Period mentioned = c.lastQuarter();
        boolean ago = rel.equals("year-earlier") || rel.equals("year-ago") || rel.contains("comparable");
        if (n == 0) {
            Period base = current.shift(-1);
            if (rel.equals("current")) {
                base = current;
            } else if (mentioned != null && (ago || rel.isEmpty() || rel.equals("same"))) {
                base = mentioned;
            }
            return ago ? c.relative(base.shift(-4)).asComparison() : c.relative(base);
        }
        Period p = Period.quarter(year, n);
        if (ty.isEmpty()
                && p.range().first().isAfter(ref)
                && (c.tense() == Tense.PAST
                        || (current.value().endsWith("Q1") && n == 4 && c.tense() != Tense.FUTURE))) {
            p = Period.quarter(year - 1, n);
        }
        return ago ? c.relative(p.shift(-4)).asComparison() : c.relative(p);
    }

    static @Nullable String mod(@Nullable String mod, String rel) {
        String m = mod == null ? rel : mod.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (m.startsWith("early") || m.contains("beginning") || m.contains("start") || m.contains("first half")) {
            return "START";
        }
        if (m.startsWith("mid") || m.contains("middle")) {
            return "MID";
        }
        if (m.startsWith("late") || m.contains("end") || m.contains("second half")) {
            return "END";
        }
        return null;
    }

    static @Nullable String group(Match m, String name) {
        return m.group(name);
    }

    static String lower(@Nullable String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).trim();
    }
}

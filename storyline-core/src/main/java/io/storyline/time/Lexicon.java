package io.storyline.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Words and regular-expression fragments for time expressions, and their meanings. */
final class Lexicon {

    /** Start and end guards: no letter or digit just before or after. */
    static final String B = "(?<![\\p{L}\\p{N}])";

    static final String E = "(?![\\p{L}\\p{N}])";

    /** Month names, capitalised (lower-case "may" and "march" are verbs). */
    static final String MONTH =
            "(?:January|Jan\\.|February|Feb\\.|March|Mar\\.|April|Apr\\.|May|June|Jun\\.|July|Jul\\."
                    + "|August|Aug\\.|September|Sept\\.|Sep\\.|October|Oct\\.|November|Nov\\.|December|Dec\\.|JANUARY|FEBRUARY"
                    + "|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";

    static final String WEEKDAY =
            "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.|Tues?\\.|Wed\\.|Thur?s?\\.|Fri\\.|Sat\\."
                    + "|Sun\\.|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)";

    static final String DAY_NUM = "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";

    static final String YEAR_NUM = "(?:1[0-9]{3}|20[0-9]{2})";

    private static final String SMALL = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety|hundred|a\\s+hundred|a\\s+dozen|dozen";

    /** A number in digits or words ("3", "three", "twenty-four", "a", "several"). */
    static final String NUM =
            "(?:\\d+(?:[.,]\\d+)?|(?:" + SMALL + ")(?:[-\\s](?:one|two|three|four|five|six|seven|eight"
                    + "|nine))?|a\\s+few|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|several|few|many|some|a|an|half\\s+an|half\\s+a)";

    /** A unit of time in singular or plural. */
    static final String UNIT = "(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?"
            + "|decades?|century|centuries|millenni(?:um|a))";

    static final String SEASON = "(?:spring|summer|fall|autumn|winter)";

    static final String PART_OF_DAY = "(?:morning|afternoon|evening|night|overnight)";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("hundred", 100),
            Map.entry("a hundred", 100),
            Map.entry("dozen", 12),
            Map.entry("a dozen", 12));

    private Lexicon() {}

    /** Lower case with runs of white space and hyphens made one space. */
    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u00a0\\u2011\\-]+", " ")
                .trim();
    }

    /**
     * The number a {@link #NUM} match stands for, {@code -1} for a vague amount ("several"), {@code -2}
     * for a half ("half an"), or null when it is not a number.
     */
    static @Nullable Integer number(String s) {
        String n = norm(s);
        if (n.matches("\\d+")) {
            return n.length() > 9 ? null : Integer.valueOf(n);
        }
        if (n.matches("\\d+[.,]\\d+")) {
            return null;
        }
        if (n.startsWith("half")) {
            return -2;
        }
        if (n.contains("couple")) {
            return 2;
        }
        Integer direct = NUMBERS.get(n);
        if (direct != null) {
            return direct;
        }
        int sp = n.indexOf(' ');
        if (sp > 0) {
            Integer tens = NUMBERS.get(n.substring(0, sp));
            Integer ones = NUMBERS.get(n.substring(sp + 1));
            if (tens != null && ones != null && tens >= 20 && ones < 10) {
                return tens + ones;
            }
        }
        return -1;
    }

    /** Month number 1-12 of a {@link #MONTH} match. */
    static int month(String s) {
        String m = s.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (m.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + s);
    }

    /** Day of week of a {@link #WEEKDAY} match. */
    static DayOfWeek weekday(String s) {
        String m = s.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (m.startsWith(d.name().toLowerCase(Locale.ROOT).substring(0, 2))) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a weekday: " + s);
    }

    /** Day of month of a {@link #DAY_NUM} match. */
    static int dayOfMonth(String s) {
        return Integer.parseInt(s.replaceAll("[^0-9]", ""));
    }

    /** TIMEX3 unit letter and whether it is a clock unit (after {@code T}); null when not a unit. */
    static @Nullable Unit unit(String s) {
        String u = norm(s);
        if (u.startsWith("sec")) {
            return new Unit("S", true, 1);
        }
        if (u.startsWith("min")) {
            return new Unit("M", true, 1);
        }
        if (u.startsWith("hour")) {
            return new Unit("H", true, 1);
        }
        if (u.startsWith("day") || u.startsWith("night")) {
            return new Unit("D", false, 1);
        }
        if (u.startsWith("fortnight")) {
            return new Unit("W", false, 2);
        }
        if (u.startsWith("week")) {
            return new Unit("W", false, 1);
        }
        if (u.startsWith("month")) {
            return new Unit("M", false, 1);
        }
        if (u.startsWith("quarter")) {
            return new Unit("Q", false, 1);
        }
        if (u.startsWith("year")) {
            return new Unit("Y", false, 1);
        }
        if (u.startsWith("decade")) {
            return new Unit("DE", false, 1);
        }
        if (u.startsWith("centur")) {
            return new Unit("CE", false, 1);
        }
        if (u.startsWith("millenni")) {
            return new Unit("ML", false, 1);
        }
        return null;
    }

    /** Season code of a {@link #SEASON} match. */
    static String season(String s) {
        String n = norm(s);
        return switch (n) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "fall", "autumn" -> "FA";
            default -> "WI";
        };
    }

    /** TIMEX3 part-of-day code of a {@link #PART_OF_DAY} match. */
    static String partOfDay(String s) {
        String n = norm(s);
        return switch (n) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    /**
     * A unit of time as TIMEX3 writes it in a duration.
     *
     * @param letter {@code D}, {@code W}, {@code H}, ... ({@code DE} decade, {@code CE} century)
     * @param clock whether it goes after {@code T} (hours, minutes, seconds)
     * @param factor how many of {@code letter} one unit is (a fortnight is two weeks)
     */
    record Unit(String letter, boolean clock, int factor) {

        /** The duration value for {@code n} units ({@code n < 0}: vague, {@code X}). */
        String duration(int n) {
            String amount = n < 0 ? "X" : Integer.toString(n * factor);
            String l = letter;
            if (l.equals("Q")) {
                l = "M";
                amount = n < 0 ? "X" : Integer.toString(n * 3);
            } else if (l.equals("DE")) {
                l = "Y";
                amount = n < 0 ? "X" : Integer.toString(n * 10);
                if (n < 0) {
                    return "PXDE";
                }
            } else if (l.equals("CE")) {
                if (n < 0) {
                    return "PXCE";
                }
                l = "Y";
                amount = Integer.toString(n * 100);
            } else if (l.equals("ML")) {
                l = "Y";
                amount = n < 0 ? "X" : Integer.toString(n * 1000);
            }
            return (clock ? "PT" : "P") + amount + l;
        }

        /** The calendar precision a shift by this unit lands on. */
        Precision precision() {
            return switch (letter) {
                case "D" -> Precision.DAY;
                case "W" -> Precision.WEEK;
                case "M" -> clock ? Precision.TIME : Precision.MONTH;
                case "Q" -> Precision.QUARTER;
                case "Y" -> Precision.YEAR;
                case "DE" -> Precision.DECADE;
                case "CE", "ML" -> Precision.CENTURY;
                default -> Precision.TIME;
            };
        }
    }
}

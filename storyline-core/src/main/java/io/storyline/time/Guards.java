package io.storyline.time;

import io.storyline.text.WordList;
import java.util.Locale;
import java.util.Set;

/** Context checks that keep ambiguous words ("May", "summer", "1,990") from being taken as time expressions. */
final class Guards {

    static final Set<String> MONTH_PREPOSITIONS = WordList.set(Guards.class, "month-prepositions.txt");

    static final Set<String> SEASON_PREPOSITIONS = WordList.set(Guards.class, "season-prepositions.txt");

    /** Words after which "a day", "a year" is a length of time rather than a rate ("$5 a year"). */
    static final Set<String> BEFORE_A_UNIT = WordList.set(Guards.class, "before-a-unit.txt");

    private static final Set<String> NOT_AFTER_YEAR = WordList.set(Guards.class, "not-after-year.txt");

    private Guards() {}

    /** Whether the word just before {@code start} is one of {@code words} (lower case). */
    static boolean precededBy(String text, int start, Set<String> words) {
        String w = previousWord(text, start);
        return words.contains(w);
    }

    /** The word before {@code start} in lower case, or "" when there is none on the same line. */
    static String previousWord(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || text.charAt(i) == '-')) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
    }

    /** The word after {@code end} in lower case, or "". */
    static String nextWord(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        int s = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(s, i).toLowerCase(Locale.ROOT);
    }

    /** Whether a bare four-digit number reads as a year rather than an amount. */
    static boolean plausibleYear(String text, int start, int end, int year) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (before == '$' || before == '£' || before == '€' || before == '#' || before == '.' || before == ',') {
                return false;
            }
        }
        if (NOT_AFTER_YEAR.contains(nextWord(text, end))) {
            return false;
        }
        String prev = previousWord(text, start);
        if (prev.equals("no")
                || prev.equals("number")
                || prev.equals("flight")
                || prev.equals("route")
                || prev.equals("about")
                || prev.equals("some")
                || prev.equals("than")
                || prev.equals("nearly")) {
            return false;
        }
        if (year >= 1800 && year <= 2099) {
            return true;
        }
        return MONTH_PREPOSITIONS.contains(prev);
    }
}

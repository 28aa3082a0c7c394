package io.storyline.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byline shapes: "By Jane Doe", "By Jane Doe and John Roe, Agency", "Jane Doe, Agency" and a bare person
 * name (two or three capitalised words, no verb, no final period). Stateless.
 */
final class Bylines {

    private static final Pattern NAME_WORD =
            Pattern.compile("\\p{Lu}(\\p{Ll}[\\p{L}'\u2019-]*|\\.)|\\p{Lu}['\u2019]?\\p{Ll}*\\p{Lu}\\p{Ll}+");

    /** Capitalised words that open headlines, crossheads and sentences but never names. */
    private static final Set<String> NOT_NAMES = WordList.set(Bylines.class, "byline-not-names.txt");

    /** The opening of a labelled byline: "By ", "Byline: ", "Written by ", "Author: ". */
    private static final Pattern BY = Pattern.compile("(?i)^(by|byline\\s*:|written by|words by|author\\s*:)\\s+");

    /** Words that mark the part after a name as an agency, outlet or staff role. */
    private static final Pattern AGENCY = Pattern.compile(
            "(?i)\\b(reuters|ap|afp|associated press|bloomberg|agency|agencies|wire|press|news|staff|correspondent"
                    + "|reporter|writer|editor|contributor|columnist|times|post|herald|tribune|journal|daily|gazette"
                    + "|guardian|telegraph|observer|chronicle|courier|bureau|desk)\\b");

    private Bylines() {}

    /** "By Jane Doe" (or "Byline:", "Written by"), optionally followed by ", Agency" or "| Role". */
    static boolean byPrefixed(String content) {
        Matcher m = BY.matcher(content.strip());
        if (!m.find()) {
            return false;
        }
        String rest = content.strip().substring(m.end());
        List<String> words = Cues.words(rest);
        if (words.size() < 2 || words.size() > 9 || Cues.endsSentence(rest.replaceAll("\\b\\p{Lu}\\.$", ""))) {
            return false;
        }
        String names = rest.split("[,|\u2013\u2014(]| - ", 2)[0];
        return isNameList(names.replaceAll("(?i)\\s+(and|&)\\s+", " "), 2, 6);
    }

    /**
     * "Jane Doe, Reuters" or "Jane Doe | Staff Writer": a name, a comma or bar, then one to four capitalised
     * words naming an agency, outlet or staff role.
     */
    static boolean nameWithAgency(String content) {
        String[] parts = content.strip().split("\\s*[,|]\\s*", -1);
        if (parts.length != 2 || Cues.endsSentence(content)) {
            return false;
        }
        List<String> agency = Cues.words(parts[1]);
        return isNameList(parts[0], 2, 3)
                && !agency.isEmpty()
                && agency.size() <= 4
                && agency.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)))
                && AGENCY.matcher(parts[1]).find();
    }

    /** A bare person name: two or three capitalised words, not all capitals, no final period. */
    static boolean bareName(String content) {
        String s = content.strip();
        return !Cues.endsSentence(s.replaceAll("\\b\\p{Lu}\\.$", "")) && isNameList(s, 2, 3);
    }

    private static boolean isNameList(String s, int min, int max) {
        String[] tokens = s.strip().split("\\s+");
        if (tokens.length < min || tokens.length > max) {
            return false;
        }
        for (String t : tokens) {
            if (!NAME_WORD.matcher(t).matches() || NOT_NAMES.contains(t)) {
                return false;
            }
        }
        return true;
    }
}

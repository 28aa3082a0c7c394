package io.storyline.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Byline shapes: "By Jane Doe", "By Jane Doe and John Roe, Agency", "Jane Doe, Agency" and a bare person
 * name (two or three capitalised words, no verb, no final period). Stateless.
 */
final class Bylines {

    private static final Pattern NAME_WORD =
            Pattern.compile("\\p{Lu}(\\p{Ll}[\\p{L}'\u2019-]*|\\.)|\\p{Lu}['\u2019]?\\p{Ll}*\\p{Lu}\\p{Ll}+");

    /** Capitalised words that open headlines, crossheads and sentences but never names. */
    private static final Set<String> NOT_NAMES = Set.of(
            "The",
            "A",
            "An",
            "In",
            "On",
            "Of",
            "And",
            "For",
            "To",
            "At",
            "By",
            "With",
            "From",
            "Why",
            "How",
            "What",
            "When",
            "Where",
            "Who",
            "This",
            "That",
            "These",
            "Those",
            "It",
            "He",
            "She",
            "They",
            "We",
            "I",
            "You",
            "Our",
            "Your",
            "Not",
            "No",
            "Yes",
            "More",
            "Most",
            "All",
            "New",
            "Breaking",
            "Live",
            "Update",
            "Updated",
            "Analysis",
            "Opinion",
            "Comment",
            "Editorial",
            "Video",
            "Photos",
            "Watch",
            "Read",
            "Related",
            "Share",
            "Advertisement",
            "Latest",
            "News",
            "Sport",
            "Sports",
            "Politics",
            "Business",
            "World",
            "Home",
            "Menu",
            "Search",
            "Contact",
            "Newsletter",
            "Subscribe",
            "Follow",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");

    private Bylines() {}

    /** "By Jane Doe", optionally followed by ", Agency" or "| Role": at most 10 words. */
    static boolean byPrefixed(String content) {
        String s = content.strip();
        if (!s.regionMatches(true, 0, "by ", 0, 3) || Cues.endsSentence(s.replaceAll("\\b\\p{Lu}\\.$", ""))) {
            return false;
        }
        List<String> words = Cues.words(s);
        if (words.size() < 3 || words.size() > 10) {
            return false;
        }
        String names = s.substring(3).split("[,|\u2013\u2014(]| - ", 2)[0];
        return isNameList(names.replaceAll("(?i)\\s+(and|&)\\s+", " "), 2, 6);
    }

    /** "Jane Doe, Agency" or "Jane Doe | Agency": a name, a separator, one to four capitalised words. */
    static boolean nameWithAgency(String content) {
        String[] parts = content.strip().split("\\s*[,|\u2013\u2014]\\s*|\\s+-\\s+", -1);
        if (parts.length != 2 || Cues.endsSentence(content)) {
            return false;
        }
        List<String> agency = Cues.words(parts[1]);
        return isNameList(parts[0], 2, 3)
                && !agency.isEmpty()
                && agency.size() <= 4
                && agency.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
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

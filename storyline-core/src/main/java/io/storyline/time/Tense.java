package io.storyline.time;

import io.storyline.text.WordList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tense of the clause around a time expression, guessed from the nearest verb-like word in the same
 * sentence: "will", "would", "expected", "next" make it future; "was", "said", a word ending in "-ed"
 * make it past. Cheap and rule-based; no part-of-speech tagger.
 */
enum Tense {
    PAST,
    PRESENT,
    FUTURE,
    UNKNOWN;

    private static final int WINDOW = 160;

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");

    private static final Set<String> FUTURE_WORDS = WordList.set(Tense.class, "future-words.txt");

    private static final Set<String> PAST_WORDS = WordList.set(Tense.class, "past-words.txt");

    private static final Set<String> PRESENT_WORDS =
            Set.of("is", "are", "am", "does", "do", "has", "have", "says", "say", "remains", "continues");

    private static final Set<String> NOT_PAST = WordList.set(Tense.class, "not-past.txt");

    private static final Set<String> PARTICIPLES =
            Set.of("held", "told", "made", "sent", "paid", "built", "sold", "bought", "found", "kept", "left", "led");

    /** Words before which an "-ed" word is an adjective or a passive, not a past-tense verb. */
    private static final Set<String> NOT_BEFORE_VERB = WordList.set(Tense.class, "not-before-verb.txt");

    /** The tense of the sentence around {@code start..end} in {@code text}. */
    static Tense around(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        Matcher m = WORD.matcher(text).region(from, to);
        Tense best = UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.start() >= start && m.end() <= end) {
                continue;
            }
            Tense t = classify(m.group().toLowerCase(Locale.ROOT).replace('’', '\''), text, m.start(), m.end());
            if (t == UNKNOWN) {
                continue;
            }
            boolean before = m.end() <= start;
            int d = before ? start - m.end() : m.start() - end;
            // words before the expression govern it a little more often than words after it, and a word in
            // another clause (across a comma or semicolon) less often than one in the same clause
            d += (before ? 0 : 8) + 30 * clauseBreaks(text, before ? m.end() : end, before ? start : m.start());
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return best;
    }

    private static Tense classify(String w, String text, int at, int after) {
        if (w.equals("to")) {
            // "to" + verb after a future word is handled by that word; a bare infinitive says little
            return UNKNOWN;
        }
        if (w.equals("set")) {
            return followedBy(text, after, "to") ? FUTURE : UNKNOWN;
        }
        if (w.equals("due")) {
            return followedBy(text, after, "to") ? FUTURE : UNKNOWN;
        }
        if (FUTURE_WORDS.contains(w) || w.endsWith("'ll")) {
            return FUTURE;
        }
        if (PRESENT_WORDS.contains(w)) {
            return PRESENT;
        }
        boolean irregular = PAST_WORDS.contains(w);
        boolean regular = w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w);
        // a participle after "be", "is", "the" ... is a passive or an adjective ("will be held"), not a past tense
        boolean participle = (regular || PARTICIPLES.contains(w)) && NOT_BEFORE_VERB.contains(previousWord(text, at));
        if ((irregular || regular) && !participle) {
            return PAST;
        }
        return UNKNOWN;
    }

    private static int clauseBreaks(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '–' || ch == '—') {
                n++;
            }
        }
        return n;
    }

    private static String previousWord(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
    }

    private static boolean followedBy(String text, int at, String word) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return text.regionMatches(true, i, word + " ", 0, word.length() + 1);
    }

    private static int sentenceStart(String text, int at) {
        int limit = Math.max(0, at - WINDOW);
        for (int i = at - 1; i > limit; i--) {
            char c = text.charAt(i);
            if (c == '\n'
                    || ((c == '.' || c == '!' || c == '?')
                            && i + 1 < text.length()
                            && Character.isWhitespace(text.charAt(i + 1))
                            && !abbreviation(text, i))) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int sentenceEnd(String text, int at) {
        int limit = Math.min(text.length(), at + WINDOW);
        for (int i = at; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || ((c == '.' || c == '!' || c == '?')
                            && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                            && !abbreviation(text, i))) {
                return i;
            }
        }
        return limit;
    }

    /** Whether the period at {@code dot} ends a short abbreviation ("Aug.", "Mr.", "U.S.") rather than a sentence. */
    private static boolean abbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int i = dot;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        int len = dot - i;
        return len >= 1
                && len <= 4
                && Character.isUpperCase(text.charAt(i))
                && !(len >= 3 && text.substring(i, dot).chars().allMatch(Character::isUpperCase));
    }
}

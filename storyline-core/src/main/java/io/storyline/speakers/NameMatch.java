package io.storyline.speakers;

import io.storyline.text.EditDistance;
import io.storyline.text.Fold;
import java.util.regex.Pattern;

/**
 * Spelling-tolerant comparison of name parts: a phonetic skeleton (c/k, w/v, f/v, y/i, doubled
 * letters) and a bounded edit distance on it. Stateless.
 */
final class NameMatch {

    private NameMatch() {}

    private static final Pattern MARKS = Pattern.compile("[’‘'`.]");

    /** Lower case, accents removed, apostrophes and dots dropped. */
    static String fold(String s) {
        return MARKS.matcher(Fold.lower(s)).replaceAll("");
    }

    /** A rough phonetic skeleton of a folded word, equal for common transliteration variants. */
    static String skeleton(String folded) {
        String s = folded.replace("ph", "f")
                .replace("kh", "h")
                .replace("x", "ks")
                .replace('c', 'k')
                .replace('q', 'k')
                .replace('w', 'v')
                .replace('f', 'v')
                .replace('y', 'i')
                .replace('j', 'i')
                .replace('z', 's');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether two folded surnames are the same name, allowing transliteration and a few typos. */
    static boolean sameSurname(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String sa = skeleton(a);
        String sb = skeleton(b);
        if (sa.isEmpty() || sb.isEmpty() || sa.charAt(0) != sb.charAt(0)) {
            return false;
        }
        int longest = Math.max(sa.length(), sb.length());
        int allowed = longest <= 4 ? 0 : longest <= 7 ? 1 : 2;
        return distance(sa, sb, allowed) <= allowed;
    }

    /**
     * A looser surname match for a surname written alone in an article that names only one person
     * with a similar surname ("Lebiev" after "Ruslan Levieviv"): same first letter, at least five
     * letters, and at most 40% of the letters edited.
     */
    static boolean similarSurname(String a, String b) {
        if (sameSurname(a, b)) {
            return true;
        }
        String sa = skeleton(a);
        String sb = skeleton(b);
        int longest = Math.max(sa.length(), sb.length());
        if (Math.min(sa.length(), sb.length()) < 5 || sa.charAt(0) != sb.charAt(0)) {
            return false;
        }
        int allowed = (int) Math.floor(longest * 0.4);
        return distance(sa, sb, allowed) <= allowed;
    }

    /**
     * Whether two folded given names can name the same person: equal up to spelling, a nickname, an
     * initial, or a prefix of at least three letters (not a feminine form such as Ivan / Ivanka).
     */
    static boolean compatibleFirst(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        String sa = skeleton(a);
        String sb = skeleton(b);
        if (sa.equals(sb) || FirstNames.nickname(a, b)) {
            return true;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        boolean aShorter = sa.length() <= sb.length();
        String shorter = aShorter ? sa : sb;
        String longer = aShorter ? sb : sa;
        if (shorter.length() >= 3 && longer.startsWith(shorter)) {
            String rest = longer.substring(shorter.length());
            return !rest.equals("a") && !rest.equals("ka") && !rest.equals("na") && !rest.equals("ina");
        }
        return shorter.length() >= 5 && sa.charAt(0) == sb.charAt(0) && distance(sa, sb, 1) <= 1;
    }

    /** Levenshtein distance, or {@code limit + 1} once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        return EditDistance.bounded(a, b, limit);
    }
}

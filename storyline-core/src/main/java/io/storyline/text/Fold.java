package io.storyline.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent folding for matching: NFKD, then every combining mark removed, so "François", "Francois"
 * and "Franc\u0327ois" compare equal and compatibility forms ("ﬁ", "²") become their plain letters.
 * The result is for comparison only; it never replaces the original text. Each user adds its own
 * rules for punctuation and possessives on top. Stateless and thread-safe; plain ASCII is returned as
 * it is without normalising.
 */
public final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {}

    /** {@code s} in NFKD without combining marks. */
    public static String accents(String s) {
        if (isAscii(s)) {
            return s;
        }
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    }

    /** {@link #accents} in lower case ({@link Locale#ROOT}). */
    public static String lower(String s) {
        return accents(s).toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}

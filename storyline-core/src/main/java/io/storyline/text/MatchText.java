package io.storyline.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises short strings (lines, titles) so that copies that differ only in Unicode form, spacing,
 * hyphen variants or case compare equal.
 *
 * <p>Steps: NFKC (which also turns NBSP into a space), every Unicode hyphen and dash
 * (U+2010..U+2015, U+2212) into {@code '-'}, lower case ({@link Locale#ROOT}), runs of white space into one
 * space, and trailing white space and {@code . : ; ,} removed. The result is for comparison only; it
 * never replaces the original text. Stateless and thread-safe.
 */
public final class MatchText {

    private MatchText() {}

    /** Returns the matching form of {@code s}; see the class comment for the steps. */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(isDash(c) ? '-' : c);
        }
        int end = b.length();
        while (end > 0 && ".:;,".indexOf(b.charAt(end - 1)) >= 0) {
            end--;
        }
        return b.substring(0, end).toLowerCase(Locale.ROOT).strip();
    }

    private static boolean isDash(char c) {
        return (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }
}

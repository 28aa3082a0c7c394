package io.storyline.claims;

import io.storyline.text.EditDistance;

/**
 * Whether two normalised name words look like spellings of one name: equal, one glued into the
 * other ("konstantinkosachev" and "kosachev"), or a small edit apart with the same first letter
 * ("witkov" and "witkoff"). Stateless.
 */
public final class NameVariants {

    private NameVariants() {}

    /** Whether lower-case words {@code a} and {@code b} may be variants of one name. */
    public static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 4 || b.length() < 4 || a.charAt(0) != b.charAt(0)) {
            return glued(a, b);
        }
        int limit = Math.max(a.length(), b.length()) >= 7 ? 2 : 1;
        if (Math.abs(a.length() - b.length()) > limit) {
            return glued(a, b);
        }
        return distance(a, b, limit) <= limit;
    }

    private static boolean glued(String a, String b) {
        boolean aShorter = a.length() <= b.length();
        String shorter = aShorter ? a : b;
        String longer = aShorter ? b : a;
        return shorter.length() >= 5 && longer.length() >= shorter.length() + 4 && longer.endsWith(shorter);
    }

    /** Levenshtein distance, or {@code limit + 1} once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        return EditDistance.bounded(a, b, limit);
    }
}

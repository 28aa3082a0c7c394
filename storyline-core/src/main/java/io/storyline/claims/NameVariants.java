package io.storyline.claims;

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
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package io.storyline.text;

/** Levenshtein distance between two strings, bounded so that far-apart strings cost little. Stateless. */
public final class EditDistance {

    private EditDistance() {}

    /** The Levenshtein distance between {@code a} and {@code b}. Cost O(|a|·|b|). */
    public static int of(String a, String b) {
        return bounded(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * The Levenshtein distance between {@code a} and {@code b}, or {@code limit + 1} as soon as it is
     * known to exceed {@code limit}. Cost O(|a|·|b|) at worst, usually far less.
     */
    public static int bounded(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit + 1);
    }
}

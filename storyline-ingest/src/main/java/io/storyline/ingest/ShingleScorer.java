package io.storyline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction benchmark's token-shingle comparison of a predicted body with a gold body.
 *
 * <p>Tokens are the maximal runs of Python-{@code \w} characters (letters, digits, other numeric
 * characters and {@code _}), case kept. Shingles are the word 4-grams (a text of 1–3 tokens gives one
 * shingle of all its tokens), compared as multisets. The per-page counts are normalised so that they
 * sum to 1. Stateless and thread-safe.
 */
public final class ShingleScorer {

    /**
     * Normalised shingle counts of one page.
     *
     * @param tp matched shingles / total
     * @param fp predicted but not gold / total
     * @param fn gold but not predicted / total
     * @param exact whether the token lists are identical
     */
    public record Match(double tp, double fp, double fn, boolean exact) {

        /** Whether the prediction has any shingle (pages without one are left out of the precision mean). */
        public boolean hasPrediction() {
            return tp + fp > 0;
        }

        /** Per-page precision; 1 when there is neither a false positive nor a false negative. */
        public double precision() {
            return tp + fp > 0 ? tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
        }

        /** Per-page recall; 1 when there is neither a false positive nor a false negative. */
        public double recall() {
            return tp + fn > 0 ? tp / (tp + fn) : 1.0;
        }
    }

    /** Compares {@code predicted} with {@code gold}. */
    public Match match(String gold, String predicted) {
        List<String> goldTokens = tokens(gold);
        List<String> predTokens = tokens(predicted);
        Map<List<String>, Integer> g = shingles(goldTokens);
        Map<List<String>, Integer> p = shingles(predTokens);
        Set<List<String>> keys = new HashSet<>(g.keySet());
        keys.addAll(p.keySet());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (List<String> key : keys) {
            int gc = g.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(gc, pc);
            fp += Math.max(0, pc - gc);
            fn += Math.max(0, gc - pc);
        }
        double sum = tp + fp + fn;
        boolean exact = goldTokens.equals(predTokens);
        if (sum == 0) {
            return new Match(0, 0, 0, exact);
        }
        return new Match(tp / sum, fp / sum, fn / sum, exact);
    }

    /** The tokens of {@code text}: maximal runs of Python-{@code \w} characters, in order. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Python's {@code \w}: {@code str.isalnum()} or underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < 4) {
            out.put(List.copyOf(tokens), 1);
            return out;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + 4)), 1, Integer::sum);
        }
        return out;
    }
}

package io.storyline.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Computes {@link Fingerprint}s: MinHash over overlapping word n-grams of the normalised text
 * (NFKC, lower case, words of letters and digits only), so that copies that differ in
 * punctuation, quotation marks, spacing or boilerplate still match.
 *
 * <p>Thread-safe and stateless; linear in the text length times the number of slots.
 *
 * @param slots number of hash functions (signature length)
 * @param shingle words per shingle
 */
public record MinHasher(int slots, int shingle) {

    public MinHasher {
        if (slots < 1 || slots > 1024) {
            throw new IllegalArgumentException("slots must be in 1..1024, got " + slots);
        }
        if (shingle < 1 || shingle > 16) {
            throw new IllegalArgumentException("shingle must be in 1..16, got " + shingle);
        }
    }

    /** 64 slots over word 4-grams. */
    public static MinHasher standard() {
        return new MinHasher(64, 4);
    }

    /** The fingerprint of {@code text}. */
    public Fingerprint fingerprint(String text) {
        List<String> words = words(text);
        int[] sig = new int[slots];
        Arrays.fill(sig, Integer.MAX_VALUE);
        int n = Math.max(1, words.size() - shingle + 1);
        if (words.isEmpty()) {
            return new Fingerprint(sig);
        }
        for (int i = 0; i < n; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < Math.min(words.size(), i + shingle); k++) {
                h = 31 * h + words.get(k).hashCode();
            }
            for (int s = 0; s < slots; s++) {
                int v = mix(h, s);
                if (v < sig[s]) {
                    sig[s] = v;
                }
            }
        }
        return new Fingerprint(sig);
    }

    private static int mix(long h, int seed) {
        long z = h + (seed + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (int) (z >>> 33);
    }

    static List<String> words(String text) {
        String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = norm.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(norm.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(norm.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(norm.substring(start, i));
            }
        }
        return out;
    }
}

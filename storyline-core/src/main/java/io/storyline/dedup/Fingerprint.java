package io.storyline.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A MinHash signature of an article's word shingles: the share of equal slots of two signatures
 * estimates the Jaccard similarity of their shingle sets.
 *
 * <p>Immutable and thread-safe. Slots are 32-bit; {@link #bands} cuts the signature into LSH bands
 * so that near-duplicates can be found through an index instead of by comparing all pairs.
 */
public final class Fingerprint {

    private final int[] slots;

    Fingerprint(int[] slots) {
        this.slots = slots.clone();
    }

    /** Rebuilds a fingerprint from {@link #slots()}. */
    public static Fingerprint of(List<Integer> slots) {
        int[] a = new int[slots.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = slots.get(i);
        }
        return new Fingerprint(a);
    }

    /** The signature's slots, for storage. */
    public List<Integer> slots() {
        List<Integer> out = new ArrayList<>(slots.length);
        for (int s : slots) {
            out.add(s);
        }
        return out;
    }

    /** Estimated Jaccard similarity of the two shingle sets, in [0, 1]. */
    public double similarity(Fingerprint other) {
        if (other.slots.length != slots.length) {
            throw new IllegalArgumentException(
                    "fingerprints of different sizes: " + slots.length + " and " + other.slots.length);
        }
        if (slots.length == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == other.slots[i]) {
                same++;
            }
        }
        return same / (double) slots.length;
    }

    /** One key per band of {@code rows} slots; two signatures sharing a key are candidates. */
    public List<Long> bands(int rows) {
        List<Long> keys = new ArrayList<>();
        for (int b = 0; b + rows <= slots.length; b += rows) {
            long h = b;
            for (int r = b; r < b + rows; r++) {
                h = h * 0x9E3779B97F4A7C15L + slots[r];
            }
            keys.add(h);
        }
        return keys;
    }

    /** Whether the text had no shingle at all. */
    public boolean isEmpty() {
        return slots.length == 0 || Arrays.stream(slots).allMatch(s -> s == Integer.MAX_VALUE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(slots, f.slots);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(slots);
    }
}

package io.storyline.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A story's summed vector (normalised term counts, or name-word weights, added up over its articles),
 * with its norm under today's idf kept between calls.
 *
 * <p>The norm {@code Σ (sum(k) × idf(k))²} is what an article's cosine with the story needs; rather
 * than recompute it over every key of the story for every candidate pair, the sums are packed (key
 * number and sum, in the map's iteration order) once after each change, and the norm is recomputed
 * from the packed arrays only when the story or the idf changed ({@link IdfTable#version}). The
 * terms are added in the map's iteration order, as a scan of the map would add them, so the norm is
 * the same number, bit for bit. Not thread-safe.
 */
final class StoryVector {

    private final Map<String, Sum> sums = new HashMap<>();
    private int @Nullable [] ids;
    private double[] packed = new double[0];
    private long normVersion = -1;
    private double norm2;

    /** The running sum of one key, with the key's number in the {@link IdfTable} once known (else -1). */
    static final class Sum {
        private double value;
        private int id;

        private Sum(double value, int id) {
            this.value = value;
            this.id = id;
        }

        double value() {
            return value;
        }
    }

    /** Adds {@code value} to the sum of {@code key}. */
    void add(String key, double value) {
        add(key, value, -1);
        changed();
    }

    /** Adds the sums of {@code other} to this one's. */
    void addAll(StoryVector other) {
        other.sums.forEach((k, v) -> add(k, v.value, v.id));
        changed();
    }

    /**
     * As {@code Map.merge(key, value, Double::sum)} did, through {@code merge} itself: it grows the table
     * at other moments than {@code put}, and the table's size decides the order the norm is summed in.
     */
    private void add(String key, double value, int id) {
        sums.merge(key, new Sum(value, id), StoryVector::sum);
    }

    private static Sum sum(Sum old, Sum more) {
        old.value = old.value + more.value;
        return old;
    }

    /** The sum of {@code key}, or null when no article of the story has it. */
    @Nullable
    Sum get(String key) {
        return sums.get(key);
    }

    Set<String> keys() {
        return sums.keySet();
    }

    /** The squared norm of the story's vector weighted by today's idf: {@code Σ (sum(k) × idf(k))²}. */
    double norm2(IdfTable idf) {
        int[] numbers = ids;
        if (numbers == null) {
            numbers = pack(idf);
        }
        if (normVersion != idf.version()) {
            double np = 0;
            for (int i = 0; i < numbers.length; i++) {
                double x = packed[i] * idf.idf(numbers[i]);
                np += x * x;
            }
            norm2 = np;
            normVersion = idf.version();
        }
        return norm2;
    }

    private int[] pack(IdfTable idf) {
        int[] numbers = new int[sums.size()];
        packed = new double[sums.size()];
        int i = 0;
        for (Map.Entry<String, Sum> e : sums.entrySet()) {
            Sum s = e.getValue();
            if (s.id < 0) {
                s.id = idf.id(e.getKey());
            }
            numbers[i] = s.id;
            packed[i++] = s.value;
        }
        ids = numbers;
        return numbers;
    }

    private void changed() {
        ids = null;
        normVersion = -1;
    }
}

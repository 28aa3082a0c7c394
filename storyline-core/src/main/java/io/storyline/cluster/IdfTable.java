package io.storyline.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The document frequencies story assembly weighs keys by, and the idf of a key: {@code log((n + prior
 * + 1) / (df + 1)) + 1}, over the articles counted so far or over a fixed collection ({@link
 * StoryAssembler.Frequencies}).
 *
 * <p>Every key seen gets a dense number, so that a story's summed vector can be packed into arrays
 * ({@link StoryVector}) and its norm computed without a hash lookup per term. The idf of each
 * document frequency is remembered until the next article is counted ({@link #version} says when that
 * happens).
 * Not thread-safe; owned by one {@link StoryAssembler}.
 */
final class IdfTable {

    private static final String NUMBER = "d:";

    /** Document frequencies below this have their idf remembered (higher ones are rare and computed). */
    private static final int MEMO = 1 << 16;

    private final int prior;
    private final StoryAssembler.@Nullable Frequencies fixed;
    private final Map<String, Integer> ids = new HashMap<>();
    private int[] df = new int[1024];

    /** The idf of a key held by {@code d} articles, at index d, valid while its stamp is {@link #version}. */
    private double[] byDf = new double[64];

    private long[] stamp = filled(new long[64]);
    private int documents;
    private long version;

    IdfTable(int prior, StoryAssembler.@Nullable Frequencies fixed) {
        this.prior = prior;
        this.fixed = fixed;
    }

    /**
     * The keys whose document frequency story assembly counts for {@code f}: its term keys, its names
     * as {@code n:name}, the words of its names as {@code w:word} and its numbers as {@code d:number}.
     */
    static Set<String> keys(ArticleFeatures f) {
        Set<String> keys = new TreeSet<>(f.terms().keySet());
        for (String n : f.names().keySet()) {
            keys.add("n:" + n);
        }
        keys.addAll(nameWords(f));
        for (String n : f.cues().numbers()) {
            keys.add(NUMBER + n);
        }
        return keys;
    }

    /** The words of the article's names longer than two letters, as keys {@code w:word}. */
    static Set<String> nameWords(ArticleFeatures f) {
        Set<String> out = new TreeSet<>();
        for (String n : f.names().keySet()) {
            for (String w : n.split(" ")) {
                if (w.length() > 2) {
                    out.add("w:" + w);
                }
            }
        }
        return out;
    }

    /** The key of a number an article states, as {@link #keys} counts it. */
    static String numberKey(String number) {
        return NUMBER + number;
    }

    /** Counts {@code f}'s keys (nothing with fixed frequencies): every idf changes. */
    void count(ArticleFeatures f) {
        if (fixed != null) {
            return;
        }
        documents++;
        version++;
        for (String k : keys(f)) {
            int id = id(k); // id() may grow df: read the field after it
            df[id]++;
        }
    }

    /** Changes whenever an idf may have changed (an article was counted). */
    long version() {
        return version;
    }

    /** The idf of {@code key} now. */
    double idf(String key) {
        Integer id = ids.get(key);
        if (id != null) {
            return idf(id);
        }
        return byDf(fixed != null ? fixed.df().getOrDefault(key, 0) : 0);
    }

    /** The idf of the key numbered {@code id} ({@link #id}) now. */
    double idf(int id) {
        return byDf(df[id]);
    }

    /**
     * The idf of a key held by {@code d} articles. Between two counts the idf depends on d alone, so
     * each value of d costs one logarithm per article counted, however many keys share it.
     */
    private double byDf(int d) {
        if (d >= MEMO) {
            return compute(d);
        }
        if (d >= byDf.length) {
            int size = Math.min(MEMO, Math.max(2 * byDf.length, d + 1));
            byDf = Arrays.copyOf(byDf, size);
            long[] grown = filled(new long[size]);
            System.arraycopy(stamp, 0, grown, 0, stamp.length);
            stamp = grown;
        }
        if (stamp[d] != version) {
            byDf[d] = compute(d);
            stamp[d] = version;
        }
        return byDf[d];
    }

    private double compute(int d) {
        StoryAssembler.Frequencies f = fixed;
        long n = f != null ? f.documents() : documents;
        return Math.log((n + prior + 1.0) / (d + 1.0)) + 1.0;
    }

    /** The number of {@code key}, given on first sight. */
    int id(String key) {
        Integer id = ids.get(key);
        if (id != null) {
            return id;
        }
        int next = ids.size();
        if (next == df.length) {
            df = Arrays.copyOf(df, 2 * next);
        }
        StoryAssembler.Frequencies f = fixed;
        df[next] = f != null ? f.df().getOrDefault(key, 0) : 0;
        ids.put(key, next);
        return next;
    }

    /**
     * The tf-idf vector of an article's term counts (years left out), {@code (1 + log tf) × idf}, in a
     * {@code HashMap} filled in the iteration order of {@code terms}.
     */
    Map<String, Double> tfidf(Map<String, Integer> terms) {
        Map<String, Double> v = new HashMap<>();
        for (Map.Entry<String, Integer> e : terms.entrySet()) {
            if (ArticleFeatures.isYear(e.getKey())) {
                continue;
            }
            v.put(e.getKey(), (1 + Math.log(e.getValue())) * idf(e.getKey()));
        }
        return v;
    }

    private static long[] filled(long[] a) {
        Arrays.fill(a, -1);
        return a;
    }
}

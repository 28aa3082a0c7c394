package io.storyline.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The candidate pairs of a story's units for {@link ClaimLinker}: pairs of units of different
 * articles sharing a name or a number, or two content lemmas, as flat index pairs (i &lt; j) packed
 * in a {@code long}. Stateless; cost: one pass over the keys of each node of {@link Copies}, then
 * the unit pairs of the nodes that share enough.
 */
final class CandidatePairs {

    private CandidatePairs() {}

    /** The candidate pairs, sorted: {@code lexical} ones and those sharing a name or a number. */
    static long[] ordered(List<ClaimUnit> all, Copies copies, Pairs lexical) {
        long[] named = sharing(all, copies, true);
        long[] both = new long[lexical.keys.length + named.length];
        System.arraycopy(lexical.keys, 0, both, 0, lexical.keys.length);
        System.arraycopy(named, 0, both, lexical.keys.length, named.length);
        java.util.Arrays.sort(both);
        int n = 0;
        for (int p = 0; p < both.length; p++) {
            if (p == 0 || both[p] != both[p - 1]) {
                both[n++] = both[p];
            }
        }
        return java.util.Arrays.copyOf(both, n);
    }

    /**
     * A sorted set of packed pairs (a sorted array searched by bisection: packed pairs hash badly,
     * {@code i ^ j}, and a story of many copies has millions of them).
     */
    static final class Pairs {

        private final long[] keys;

        Pairs(long[] keys) {
            this.keys = keys.clone();
            java.util.Arrays.sort(this.keys);
        }

        boolean contains(long k) {
            return java.util.Arrays.binarySearch(keys, k) >= 0;
        }
    }

    /**
     * Flat index pairs (i < j, packed) of units of different articles sharing a name or a number
     * ({@code names}), or else two content lemmas. Copies share what their nodes share, so the shared
     * keys are counted once per pair of nodes ({@link Copies}) and the pairs of their units listed.
     */
    static long[] sharing(List<ClaimUnit> all, Copies copies, boolean names) {
        Map<String, List<Integer>> index = new HashMap<>();
        List<Set<String>> keys = new ArrayList<>();
        for (int x = 0; x < copies.size(); x++) {
            Statement s = all.get(copies.first(x)).statement();
            Set<String> k = new HashSet<>();
            if (names) {
                k.addAll(s.names());
                s.numbers().forEach(n -> k.add("#" + n));
            } else {
                k.addAll(s.content());
            }
            keys.add(k);
            for (String key : k) {
                index.computeIfAbsent(key, w -> new ArrayList<>()).add(x);
            }
        }
        int[] article = articles(all);
        int need = names ? 1 : 2;
        java.util.stream.LongStream.Builder out = java.util.stream.LongStream.builder();
        for (int x = 0; x < copies.size(); x++) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (String key : keys.get(x)) {
                for (int y : index.getOrDefault(key, List.of())) {
                    if (y >= x) {
                        shared.merge(y, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                if (e.getValue() >= need) {
                    int y = e.getKey();
                    unitPairs(copies, article, x, y, out);
                    if (y != x) {
                        unitPairs(copies, article, y, x, out);
                    }
                }
            }
        }
        return out.build().toArray();
    }

    /** Adds the packed pairs (i, j) of units i of node x and j > i of node y in different articles. */
    private static void unitPairs(Copies copies, int[] article, int x, int y, java.util.stream.LongStream.Builder out) {
        int[] ys = copies.units(y);
        for (int i : copies.units(x)) {
            for (int p = Copies.firstAbove(ys, i); p < ys.length; p++) {
                int j = ys[p];
                if (article[j] != article[i]) {
                    out.add(((long) i << 32) | j);
                }
            }
        }
    }

    /** Each unit's article as a dense number. */
    private static int[] articles(List<ClaimUnit> all) {
        Map<String, Integer> ids = new HashMap<>();
        int[] out = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            out[i] = ids.computeIfAbsent(all.get(i).article(), a -> ids.size());
        }
        return out;
    }
}

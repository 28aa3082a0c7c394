package io.storyline.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The units of a story grouped into nodes of copies: units whose statements have equal text and
 * normalised forms ({@link Statement#forms()}) share a node. Wire stories repeat most sentences in
 * many articles, so a story has far fewer nodes than units, and whatever compares two statements is
 * computed once per pair of nodes and reused for every pair of their copies.
 *
 * <p>Node ids are dense (0, 1, …) in the order of their first unit; each node's units are in
 * ascending order. Immutable once built.
 */
final class Copies {

    private final int[] node;
    private final List<int[]> members;

    private Copies(int[] node, List<int[]> members) {
        this.node = node;
        this.members = members;
    }

    /** The nodes of {@code all} (a story's units, flattened in a fixed order). */
    static Copies of(List<ClaimUnit> all) {
        Map<Statement.Forms, Integer> ids = new HashMap<>();
        int[] node = new int[all.size()];
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            int id = ids.computeIfAbsent(all.get(i).statement().forms(), k -> lists.size());
            if (id == lists.size()) {
                lists.add(new ArrayList<>());
            }
            lists.get(id).add(i);
            node[i] = id;
        }
        List<int[]> members = new ArrayList<>(lists.size());
        lists.forEach(l -> members.add(l.stream().mapToInt(Integer::intValue).toArray()));
        return new Copies(node, members);
    }

    /** How many nodes. */
    int size() {
        return members.size();
    }

    /** The node of unit {@code unit}. */
    int node(int unit) {
        return node[unit];
    }

    /** The first unit of node {@code n} (its representative: all its units compare alike). */
    int first(int n) {
        return members.get(n)[0];
    }

    /** The units of node {@code n}, ascending (the array itself: do not change it). */
    int[] units(int n) {
        return members.get(n);
    }

    /** The position of the first unit of {@code units} (ascending) greater than {@code unit}. */
    static int firstAbove(int[] units, int unit) {
        int p = Arrays.binarySearch(units, unit + 1);
        return p >= 0 ? p : -p - 1;
    }

    /**
     * A key for the ordered pair of nodes of units {@code i} and {@code j} (distinct keys for distinct
     * ordered pairs, and well spread for hashing).
     */
    long pair(int i, int j) {
        return (long) node[i] * members.size() + node[j];
    }
}

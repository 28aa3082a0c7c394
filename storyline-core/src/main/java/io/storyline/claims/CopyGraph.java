package io.storyline.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A story's units and links as a graph of nodes for claim grouping: each node is a set of copies
 * (units of different articles with equal statements, {@link Copies}) when the links allow it, else
 * each unit is its own node.
 *
 * <p>Copies make one node only when grouping the units one by one would put them together first and
 * treat them alike: every pair of copies is linked with one score, no lower than {@code merge} and
 * {@code apart} and higher than any link of theirs to another statement, and every link between two
 * nodes has one score and one contradiction flag for each direction (which node's unit comes first:
 * the lexical measures are not quite symmetric) and joins every pair of their units in different
 * articles. If any of this fails, every unit is its own node (the unit-by-unit grouping, unchanged).
 * Node ids follow the order of their first units; with one unit per node, node ids are unit indices.
 * Immutable once built.
 */
final class CopyGraph {

    /**
     * What links two nodes, over all their links.
     *
     * @param sum summed scores
     * @param count how many pairs of units are linked
     * @param min the lowest score
     * @param clash whether any of the links contradicts
     */
    record Pair(double sum, int count, double min, boolean clash) {}

    private final int[] nodeOf;
    private final List<int[]> units;
    private final List<Set<String>> articles;
    /** Directed node pair (node of the earlier unit, node of the later) → the score of its links. */
    private final Map<Long, Double> directed;
    /** Directed node pairs whose links contradict. */
    private final Set<Long> directedClash;
    /** Node pair ({@link ClaimClusterer#key}) → what links them, in the order links first joined them. */
    private final Map<Long, Pair> pairs;

    private final boolean[] asymmetric;

    private CopyGraph(
            int[] nodeOf,
            List<int[]> units,
            List<Set<String>> articles,
            Map<Long, Double> directed,
            Set<Long> directedClash,
            Map<Long, Pair> pairs) {
        this.nodeOf = nodeOf;
        this.units = units;
        this.articles = articles;
        this.directed = directed;
        this.directedClash = directedClash;
        this.pairs = pairs;
        this.asymmetric = new boolean[units.size()];
        directed.forEach((d, s) -> {
            int x = (int) (d >>> 32);
            int y = (int) (d & 0xffffffffL);
            Double back = directed.get(((long) y << 32) | x);
            if (x != y
                    && back != null
                    && (!back.equals(s) || directedClash.contains(d) != directedClash.contains(((long) y << 32) | x))) {
                asymmetric[x] = true;
                asymmetric[y] = true;
            }
        });
    }

    /**
     * The graph of {@code all} (unit {@code i} is {@code all.get(i)}) and {@code links} between them;
     * with {@code copies} false, or when copies may not be one node, each unit is its own node.
     */
    static CopyGraph of(
            List<ClaimUnit> all,
            List<UnitLink> links,
            ToIntFunction<ClaimUnit> index,
            double merge,
            double apart,
            boolean copies) {
        int[] ua = new int[links.size()];
        int[] ub = new int[links.size()];
        for (int p = 0; p < links.size(); p++) {
            int a = index.applyAsInt(links.get(p).a());
            int b = index.applyAsInt(links.get(p).b());
            ua[p] = Math.min(a, b);
            ub[p] = Math.max(a, b);
        }
        Copies statements = Copies.of(all);
        CopyGraph g = copies ? build(all, nodes(all, statements), links, ua, ub, true) : null;
        if (g != null && g.copiesMergeFirst(statements, merge, apart)) {
            return g;
        }
        int[] self = new int[all.size()];
        Arrays.setAll(self, i -> i);
        CopyGraph units = build(all, self, links, ua, ub, false);
        if (units == null) {
            throw new IllegalStateException("unreachable: a unit graph is always consistent");
        }
        return units;
    }

    /** Copies ({@link Copies}), the k-th copy of a statement in an article apart from its first. */
    private static int[] nodes(List<ClaimUnit> all, Copies copies) {
        Map<List<Object>, Integer> ids = new HashMap<>();
        Map<List<Object>, Integer> seen = new HashMap<>();
        int[] out = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            int rank = seen.merge(List.of(copies.node(i), all.get(i).article()), 1, Integer::sum);
            List<Object> key = List.of(copies.node(i), rank);
            out[i] = ids.computeIfAbsent(key, k -> ids.size());
        }
        return out;
    }

    private static @Nullable CopyGraph build(
            List<ClaimUnit> all, int[] nodeOf, List<UnitLink> links, int[] ua, int[] ub, boolean strict) {
        int n = 0;
        for (int x : nodeOf) {
            n = Math.max(n, x + 1);
        }
        List<List<Integer>> lists = new ArrayList<>();
        List<Set<String>> articles = new ArrayList<>();
        for (int x = 0; x < n; x++) {
            lists.add(new ArrayList<>());
            articles.add(new HashSet<>());
        }
        for (int i = 0; i < nodeOf.length; i++) {
            lists.get(nodeOf[i]).add(i);
            articles.get(nodeOf[i]).add(all.get(i).article());
        }
        List<int[]> units = new ArrayList<>();
        lists.forEach(l -> units.add(l.stream().mapToInt(Integer::intValue).toArray()));
        Map<Long, Double> directed = new HashMap<>();
        Set<Long> directedClash = new HashSet<>();
        Map<Long, Integer> directedCount = new HashMap<>();
        Map<Long, Boolean> order = new LinkedHashMap<>();
        for (int p = 0; p < links.size(); p++) {
            UnitLink l = links.get(p);
            int x = nodeOf[ua[p]];
            int y = nodeOf[ub[p]];
            long d = ((long) x << 32) | y;
            Double before = directed.get(d);
            if (strict
                    && before != null
                    && (before != l.similarity() || directedClash.contains(d) != l.contradiction())) {
                return null;
            }
            directed.merge(d, l.similarity(), Math::max);
            if (l.contradiction()) {
                directedClash.add(d);
            }
            // unit by unit, a pair linked twice counts once (its best score), as before
            directedCount.merge(d, 1, strict ? Integer::sum : (c, one) -> c);
            order.putIfAbsent(ClaimClusterer.key(x, y), true);
        }
        Map<Long, Pair> pairs = new HashMap<>();
        for (long k : order.keySet()) {
            pairs.put(k, pair(k, directed, directedClash, directedCount));
        }
        CopyGraph g = new CopyGraph(nodeOf, units, articles, directed, directedClash, pairs);
        return !strict || g.complete() ? g : null;
    }

    /** Both directions of node pair {@code k} together. */
    private static Pair pair(long k, Map<Long, Double> directed, Set<Long> clash, Map<Long, Integer> count) {
        long flipped = (k << 32) | (k >>> 32);
        double sum = 0;
        int links = 0;
        double min = Double.POSITIVE_INFINITY;
        boolean contradicts = false;
        for (long d : flipped == k ? new long[] {k} : new long[] {k, flipped}) {
            Double s = directed.get(d);
            if (s != null) {
                int c = count.getOrDefault(d, 0);
                sum += c * s;
                links += c;
                min = Math.min(min, s);
                contradicts |= clash.contains(d);
            }
        }
        return new Pair(sum, links, min, contradicts);
    }

    /** Whether every linked pair of nodes has a link for each pair of their units in different articles. */
    private boolean complete() {
        for (Map.Entry<Long, Pair> e : pairs.entrySet()) {
            int x = (int) (e.getKey() >>> 32);
            int y = (int) (e.getKey() & 0xffffffffL);
            long expected;
            if (x == y) {
                expected = (long) weight(x) * (weight(x) - 1) / 2;
            } else {
                int shared = 0;
                for (String a : articles.get(x)) {
                    if (articles.get(y).contains(a)) {
                        shared++;
                    }
                }
                expected = (long) weight(x) * weight(y) - shared;
            }
            if (e.getValue().count() != expected) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the copies of each node would merge before any of them merges with anything else: all
     * linked, no contradiction, their score reaching {@code merge} and {@code apart}, beating every
     * link of theirs to another statement and no lower than a link to a repeat of their own statement
     * (the k-th copies in some articles: each repeat shares an article with an earlier copy, which
     * unit-by-unit grouping takes first, so a repeat never joins the earlier copies' group).
     */
    private boolean copiesMergeFirst(Copies statements, double merge, double apart) {
        double[] other = new double[units.size()];
        double[] repeat = new double[units.size()];
        Arrays.fill(other, Double.NEGATIVE_INFINITY);
        Arrays.fill(repeat, Double.NEGATIVE_INFINITY);
        for (Map.Entry<Long, Double> e : directed.entrySet()) {
            int x = (int) (e.getKey() >>> 32);
            int y = (int) (e.getKey() & 0xffffffffL);
            if (x != y) {
                double[] best = statement(statements, x) == statement(statements, y) ? repeat : other;
                best[x] = Math.max(best[x], e.getValue());
                best[y] = Math.max(best[y], e.getValue());
            }
        }
        for (int x = 0; x < units.size(); x++) {
            if (weight(x) == 1) {
                continue;
            }
            long self = ClaimClusterer.key(x, x);
            Double s = directed.get(self);
            if (s == null
                    || s < merge
                    || s < apart
                    || directedClash.contains(self)
                    || !(s > other[x])
                    || !(s >= repeat[x])) {
                return false;
            }
        }
        return true;
    }

    private int statement(Copies statements, int x) {
        return statements.node(units.get(x)[0]);
    }

    /** How many nodes. */
    int size() {
        return units.size();
    }

    /** The node of unit {@code unit}. */
    int node(int unit) {
        return nodeOf[unit];
    }

    /** The units of node {@code x}, ascending (the array itself: do not change it). */
    int[] units(int x) {
        return units.get(x);
    }

    /** How many units node {@code x} holds. */
    int weight(int x) {
        return units.get(x).length;
    }

    /** The articles of node {@code x}'s units. */
    Set<String> articles(int x) {
        return articles.get(x);
    }

    /** What links the nodes, by node pair ({@link ClaimClusterer#key}, a node with itself for its copies). */
    Map<Long, Pair> pairs() {
        return pairs;
    }

    /** The score of the link between units {@code u} and {@code v}, 0 when they are not linked. */
    double score(int u, int v) {
        return directed.getOrDefault(directedKey(u, v), 0.0);
    }

    /** The score of the links of directed node pair {@code d} (one of {@link #clashes()}). */
    double score(long d) {
        return directed.getOrDefault(d, 0.0);
    }

    /** Whether the link between units {@code u} and {@code v} contradicts. */
    boolean clash(int u, int v) {
        return directedClash.contains(directedKey(u, v));
    }

    /**
     * Whether units of node {@code x} score alike against a unit of another node whichever comes first
     * (the lexical measures are not quite symmetric).
     */
    boolean symmetric(int x) {
        return !asymmetric[x];
    }

    /** The directed node pairs (node of the earlier unit, node of the later) whose links contradict. */
    Set<Long> clashes() {
        return directedClash;
    }

    private long directedKey(int u, int v) {
        int a = Math.min(u, v);
        int b = Math.max(u, v);
        return ((long) nodeOf[a] << 32) | nodeOf[b];
    }
}

package io.storyline.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Best-first average-linkage merging with article and contradiction constraints, over the nodes of
 * a {@link CopyGraph} (each starts as one group of its copies; a group is named by its first node).
 *
 * <p>Mutable and single-threaded: {@link ClaimClusterer} makes one per grouping.
 */
final class AverageLinkage {

    private record Candidate(double mean, int a, int b, int versionA, int versionB) {}

    private final double merge;
    private final double apart;
    private final boolean restatements;
    private final List<List<Integer>> groups = new ArrayList<>();
    /** Group → its articles → how many of its units each holds. */
    private final List<Map<String, Integer>> articles = new ArrayList<>();

    private final int[] version;
    /** Group → neighbour group → summed score of the links between them. */
    private final List<Map<Integer, Double>> sums = new ArrayList<>();
    /** Group → neighbour group → number of links between them, and their lowest score. */
    private final List<Map<Integer, Integer>> counts = new ArrayList<>();

    private final List<Map<Integer, Double>> mins = new ArrayList<>();

    private final List<Set<Integer>> clashes = new ArrayList<>();
    private final PriorityQueue<Candidate> queue =
            new PriorityQueue<>(Comparator.comparingDouble((Candidate c) -> -c.mean())
                    .thenComparingInt(Candidate::a)
                    .thenComparingInt(Candidate::b));

    AverageLinkage(CopyGraph graph, List<ClaimUnit> all, ClaimClusterer.Options options) {
        this.merge = options.merge();
        this.apart = options.apart();
        this.restatements = options.restatements();
        this.version = new int[graph.size()];
        for (int x = 0; x < graph.size(); x++) {
            List<Integer> units = new ArrayList<>();
            Map<String, Integer> in = new HashMap<>();
            for (int u : graph.units(x)) {
                units.add(u);
                in.merge(all.get(u).article(), 1, Integer::sum);
            }
            groups.add(units);
            articles.add(in);
            sums.add(new HashMap<>());
            counts.add(new HashMap<>());
            mins.add(new HashMap<>());
            clashes.add(new HashSet<>());
        }
        graph.pairs().forEach((k, p) -> {
            int a = (int) (k >>> 32);
            int b = (int) (k & 0xffffffffL);
            if (a == b) {
                return; // copies of one node: already one group
            }
            sums.get(a).merge(b, p.sum(), Double::sum);
            sums.get(b).merge(a, p.sum(), Double::sum);
            counts.get(a).merge(b, p.count(), Integer::sum);
            counts.get(b).merge(a, p.count(), Integer::sum);
            mins.get(a).merge(b, p.min(), Math::min);
            mins.get(b).merge(a, p.min(), Math::min);
            if (p.clash()) {
                clashes.get(a).add(b);
                clashes.get(b).add(a);
            }
        });
        for (int a = 0; a < graph.size(); a++) {
            offer(a);
        }
    }

    private void offer(int a) {
        for (Map.Entry<Integer, Double> e : sums.get(a).entrySet()) {
            int b = e.getKey();
            long cross = crossPairs(a, b);
            double mean = cross == 0 ? 0 : e.getValue() / cross;
            if (mean >= merge
                    && !clashes.get(a).contains(b)
                    && (restatements
                            || cross
                                    == (long) groups.get(a).size()
                                            * groups.get(b).size())
                    && noneApart(a, b, cross)) {
                int lo = Math.min(a, b);
                int hi = Math.max(a, b);
                queue.add(new Candidate(mean, lo, hi, version[lo], version[hi]));
            }
        }
    }

    List<List<Integer>> groups() {
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (version[c.a()] != c.versionA()
                    || version[c.b()] != c.versionB()
                    || groups.get(c.a()).isEmpty()
                    || groups.get(c.b()).isEmpty()) {
                continue;
            }
            absorb(c.a(), c.b());
            offer(c.a());
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> g : groups) {
            if (!g.isEmpty()) {
                out.add(List.copyOf(g));
            }
        }
        return out;
    }

    /**
     * Whether every pair of units of different articles between the groups ({@code cross} of them) is
     * linked at {@code apart} or above (always, at 0).
     */
    private boolean noneApart(int a, int b, long cross) {
        if (apart <= 0) {
            return true;
        }
        int links = counts.get(a).getOrDefault(b, 0);
        return links == cross && mins.get(a).getOrDefault(b, 0.0) >= apart;
    }

    /** The pairs of units of different articles between groups {@code a} and {@code b}. */
    private long crossPairs(int a, int b) {
        long same = 0;
        Map<String, Integer> x = articles.get(a);
        Map<String, Integer> y = articles.get(b);
        for (Map.Entry<String, Integer> e : x.entrySet()) {
            same += (long) e.getValue() * y.getOrDefault(e.getKey(), 0);
        }
        return (long) groups.get(a).size() * groups.get(b).size() - same;
    }

    /** Merges group {@code b} into group {@code a}. */
    private void absorb(int a, int b) {
        groups.get(a).addAll(groups.get(b));
        groups.get(b).clear();
        articles.get(b).forEach((k, v) -> articles.get(a).merge(k, v, Integer::sum));
        version[a]++;
        version[b]++;
        for (Map.Entry<Integer, Double> e : sums.get(b).entrySet()) {
            int n = e.getKey();
            if (n == a) {
                continue;
            }
            sums.get(a).merge(n, e.getValue(), Double::sum);
            sums.get(n).remove(b);
            sums.get(n).merge(a, e.getValue(), Double::sum);
            int c = counts.get(b).getOrDefault(n, 0);
            counts.get(a).merge(n, c, Integer::sum);
            counts.get(n).remove(b);
            counts.get(n).merge(a, c, Integer::sum);
            double m = mins.get(b).getOrDefault(n, 0.0);
            mins.get(a).merge(n, m, Math::min);
            mins.get(n).remove(b);
            mins.get(n).merge(a, m, Math::min);
        }
        sums.get(a).remove(b);
        sums.get(b).clear();
        counts.get(a).remove(b);
        counts.get(b).clear();
        mins.get(a).remove(b);
        mins.get(b).clear();
        for (int n : clashes.get(b)) {
            clashes.get(n).remove(b);
            if (n != a) {
                clashes.get(n).add(a);
                clashes.get(a).add(n);
            }
        }
        clashes.get(b).clear();
    }
}

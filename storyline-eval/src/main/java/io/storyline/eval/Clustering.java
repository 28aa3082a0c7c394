package io.storyline.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Scores a clustering of items against gold clusters: B-cubed precision, recall and F1 (averaged
 * over items) and pairwise precision, recall and F1 (over pairs of items in the same cluster).
 * Only items present in both maps are scored.
 */
public final class Clustering {

    private Clustering() {}

    /** B-cubed and pairwise scores. */
    public record Scores(
            int items,
            int goldClusters,
            int predictedClusters,
            double bcubedPrecision,
            double bcubedRecall,
            double bcubedF1,
            double pairPrecision,
            double pairRecall,
            double pairF1) {}

    /** Scores {@code predicted} (item → cluster) against {@code gold} (item → cluster). */
    public static Scores score(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Set<String>> pc = new HashMap<>();
        Map<String, Set<String>> gc = new HashMap<>();
        int n = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = predicted.get(e.getKey());
            if (p == null) {
                continue;
            }
            n++;
            pc.computeIfAbsent(p, k -> new HashSet<>()).add(e.getKey());
            gc.computeIfAbsent(e.getValue(), k -> new HashSet<>()).add(e.getKey());
        }
        double bp = 0;
        double br = 0;
        for (Set<String> cluster : pc.values()) {
            for (String item : cluster) {
                Set<String> g = gc.getOrDefault(gold.get(item), Set.of());
                int common = intersection(cluster, g);
                bp += common / (double) cluster.size();
                br += g.isEmpty() ? 0 : common / (double) g.size();
            }
        }
        bp = n == 0 ? 0 : bp / n;
        br = n == 0 ? 0 : br / n;
        long tp = 0;
        long predPairs = 0;
        long goldPairs = 0;
        for (Set<String> c : pc.values()) {
            predPairs += pairs(c.size());
            Map<String, Integer> byGold = new HashMap<>();
            for (String item : c) {
                byGold.merge(gold.get(item), 1, Integer::sum);
            }
            for (int k : byGold.values()) {
                tp += pairs(k);
            }
        }
        for (Set<String> c : gc.values()) {
            goldPairs += pairs(c.size());
        }
        double pp = predPairs == 0 ? 1 : tp / (double) predPairs;
        double pr = goldPairs == 0 ? 1 : tp / (double) goldPairs;
        return new Scores(n, gc.size(), pc.size(), bp, br, f1(bp, br), pp, pr, f1(pp, pr));
    }

    private static int intersection(Set<String> a, Set<String> b) {
        int c = 0;
        for (String x : a) {
            if (b.contains(x)) {
                c++;
            }
        }
        return c;
    }

    private static long pairs(long k) {
        return k * (k - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

package io.storyline.learn;

import java.util.Arrays;
import java.util.List;

/**
 * Grows one tree of {@link BoostedTrees} level by level on the gradients and hessians of the current
 * fit, over rows binned once per fit ({@link Binned}). One instance per tree; not thread-safe.
 */
final class TreeGrower {
    private final Binned data;
    private final double[] g;
    private final double[] h;
    private final BoostedTrees.Settings s;
    private final int[] feature;
    private final double[] threshold;
    private final double[] value;

    TreeGrower(
            Binned data,
            double[] g,
            double[] h,
            BoostedTrees.Settings s,
            int[] feature,
            double[] threshold,
            double[] value) {
        this.data = data;
        this.g = g;
        this.h = h;
        this.s = s;
        this.feature = feature;
        this.threshold = threshold;
        this.value = value;
    }

    /** Grows the tree into the arrays; returns each row's leaf. */
    int[] grow() {
        Arrays.fill(feature, -1);
        int m = data.rows();
        int[] nodeOf = new int[m];
        int firstOfLevel = 0;
        for (int level = 0; level <= s.depth(); level++) {
            int count = 1 << level;
            double[] gNode = new double[count];
            double[] hNode = new double[count];
            for (int r = 0; r < m; r++) {
                int local = nodeOf[r] - firstOfLevel;
                if (local >= 0 && local < count) {
                    gNode[local] += g[r];
                    hNode[local] += h[r];
                }
            }
            for (int k = 0; k < count; k++) {
                value[firstOfLevel + k] = -s.rate() * gNode[k] / (hNode[k] + s.l2());
            }
            if (level == s.depth()) {
                break;
            }
            int[] bestFeature = new int[count];
            int[] bestBin = new int[count];
            bestSplits(nodeOf, firstOfLevel, gNode, hNode, bestFeature, bestBin);
            for (int k = 0; k < count; k++) {
                int node = firstOfLevel + k;
                if (bestFeature[k] >= 0) {
                    feature[node] = bestFeature[k];
                    threshold[node] = data.cuts()[bestFeature[k]][bestBin[k]];
                }
            }
            int nextFirst = firstOfLevel + count;
            for (int r = 0; r < m; r++) {
                int node = nodeOf[r];
                if (node >= firstOfLevel && node < nextFirst && feature[node] >= 0) {
                    int bin = data.bins()[feature[node]][r];
                    int bb = bestBin[node - firstOfLevel];
                    nodeOf[r] = bin <= bb ? 2 * node + 1 : 2 * node + 2;
                }
            }
            firstOfLevel = nextFirst;
        }
        return nodeOf;
    }

    /**
     * The best split of each of the level's nodes (first node {@code firstOfLevel}, as many as {@code
     * bestFeature} has places) into {@code bestFeature} and {@code bestBin}: the feature and bin of the
     * highest Newton gain over the binned rows, or feature -1 where no split gains.
     */
    private void bestSplits(
            int[] nodeOf, int firstOfLevel, double[] gNode, double[] hNode, int[] bestFeature, int[] bestBin) {
        int m = data.rows();
        int count = bestFeature.length;
        double[][] gSum = new double[count][];
        double[][] hSum = new double[count][];
        Arrays.fill(bestFeature, -1);
        double[] bestGain = new double[count];
        for (int f = 0; f < data.cuts().length; f++) {
            int nb = data.cuts()[f].length + 1;
            if (nb < 2) {
                continue;
            }
            for (int k = 0; k < count; k++) {
                gSum[k] = new double[nb];
                hSum[k] = new double[nb];
            }
            byte[] col = data.bins()[f];
            for (int r = 0; r < m; r++) {
                int local = nodeOf[r] - firstOfLevel;
                if (local >= 0 && local < count) {
                    gSum[local][col[r]] += g[r];
                    hSum[local][col[r]] += h[r];
                }
            }
            for (int k = 0; k < count; k++) {
                if (hNode[k] < 2 * s.minHessian()) {
                    continue;
                }
                double parent = gNode[k] * gNode[k] / (hNode[k] + s.l2());
                double gl = 0;
                double hl = 0;
                for (int b = 0; b < nb - 1; b++) {
                    gl += gSum[k][b];
                    hl += hSum[k][b];
                    double gr = gNode[k] - gl;
                    double hr = hNode[k] - hl;
                    if (hl < s.minHessian() || hr < s.minHessian()) {
                        continue;
                    }
                    double gain = gl * gl / (hl + s.l2()) + gr * gr / (hr + s.l2()) - parent;
                    if (gain > bestGain[k] + 1e-12) {
                        bestGain[k] = gain;
                        bestFeature[k] = f;
                        bestBin[k] = b;
                    }
                }
            }
        }
    }

    /** The rows as small bin numbers per feature, with the thresholds between bins. */
    static final class Binned {
        private final byte[][] bins;
        private final double[][] cuts;
        private final int rows;

        private Binned(byte[][] bins, double[][] cuts, int rows) {
            this.bins = bins;
            this.cuts = cuts;
            this.rows = rows;
        }

        byte[][] bins() {
            return bins;
        }

        double[][] cuts() {
            return cuts;
        }

        int rows() {
            return rows;
        }

        /** Bin {@code b} of feature {@code f} holds values below {@code cuts[f][b]} (and at or above the one before). */
        static Binned of(List<double[]> xs, int features, int maxBins) {
            int m = xs.size();
            byte[][] bins = new byte[features][m];
            double[][] cuts = new double[features][];
            double[] column = new double[m];
            for (int f = 0; f < features; f++) {
                for (int r = 0; r < m; r++) {
                    column[r] = xs.get(r)[f];
                }
                double[] sorted = column.clone();
                Arrays.sort(sorted);
                double[] c = new double[maxBins - 1];
                int n = 0;
                for (int q = 1; q < maxBins; q++) {
                    double v = sorted[(int) ((long) q * (m - 1) / maxBins)];
                    int next = upper(sorted, v);
                    if (next < m) {
                        double cut = (v + sorted[next]) / 2;
                        if (n == 0 || cut > c[n - 1]) {
                            c[n++] = cut;
                        }
                    }
                }
                cuts[f] = Arrays.copyOf(c, n);
                for (int r = 0; r < m; r++) {
                    int b = Arrays.binarySearch(cuts[f], column[r]);
                    bins[f][r] = (byte) (b >= 0 ? b + 1 : -b - 1);
                }
            }
            return new Binned(bins, cuts, m);
        }

        /** Index of the first value above {@code v} in {@code sorted}. */
        private static int upper(double[] sorted, double v) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}

package io.storyline.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Gradient-boosted regression trees for a yes/no decision: {@code p = σ(bias + Σ tree(x))}, each tree a
 * binary tree of {@code x[feature] < threshold} tests with a value in every leaf. Fitted by Newton boosting
 * on the weighted log loss (second-order gain, L2 on the leaf values, shrinkage), with split thresholds
 * taken from the quantiles of each feature.
 *
 * <p>Immutable and thread-safe once built; the cost of a decision is the number of trees times their depth.
 */
public final class BoostedTrees {

    /**
     * Fitting settings.
     *
     * @param trees number of trees
     * @param depth depth of each tree (a tree has at most {@code 2^depth} leaves)
     * @param rate shrinkage applied to every tree's values
     * @param l2 L2 penalty on the leaf values
     * @param minHessian smallest sum of second derivatives (weighted) a leaf may hold
     * @param bins candidate thresholds per feature (quantiles)
     */
    public record Settings(int trees, int depth, double rate, double l2, double minHessian, int bins) {
        public Settings {
            if (trees < 1 || depth < 1 || depth > 10 || !(rate > 0) || l2 < 0 || bins < 2 || bins > 255) {
                throw new IllegalArgumentException("bad tree settings: " + trees + " trees, depth " + depth + ", rate "
                        + rate + ", l2 " + l2 + ", " + bins + " bins");
            }
        }
    }

    private final List<String> names;
    private final double bias;
    /** Per tree, per node: the feature tested, or -1 for a leaf. Children of node i are 2i+1 and 2i+2. */
    private final int[][] feature;

    private final double[][] threshold;
    private final double[][] value;

    BoostedTrees(List<String> names, double bias, int[][] feature, double[][] threshold, double[][] value) {
        if (feature.length != threshold.length || feature.length != value.length) {
            throw new IllegalArgumentException("trees need as many thresholds and values as features");
        }
        for (int t = 0; t < feature.length; t++) {
            if (feature[t].length != threshold[t].length || feature[t].length != value[t].length) {
                throw new IllegalArgumentException("tree " + t + " has arrays of different lengths");
            }
            for (int f : feature[t]) {
                if (f >= names.size()) {
                    throw new IllegalArgumentException("tree " + t + " tests feature " + f + " of " + names.size());
                }
            }
        }
        this.names = List.copyOf(names);
        this.bias = bias;
        this.feature = deepCopy(feature);
        this.threshold = deepCopy(threshold);
        this.value = deepCopy(value);
    }

    /** The log-odds {@code bias + Σ tree(x)}. */
    public double margin(double[] x) {
        double z = bias;
        for (int t = 0; t < feature.length; t++) {
            int[] f = feature[t];
            int node = 0;
            while (f[node] >= 0) {
                node = x[f[node]] < threshold[t][node] ? 2 * node + 1 : 2 * node + 2;
            }
            z += value[t][node];
        }
        return z;
    }

    /** The probability {@code σ(margin(x))}. */
    public double probability(double[] x) {
        return 1 / (1 + Math.exp(-margin(x)));
    }

    /**
     * Fits trees to rows {@code xs} with labels {@code ys} (0 or 1) and weights {@code ws}.
     *
     * @throws IllegalArgumentException when there are no rows or the lists differ in length
     */
    public static BoostedTrees fit(List<String> names, List<double[]> xs, double[] ys, double[] ws, Settings s) {
        int m = xs.size();
        if (m == 0 || ys.length != m || ws.length != m) {
            throw new IllegalArgumentException(
                    "need rows with a label and a weight each, got " + m + "/" + ys.length + "/" + ws.length);
        }
        TreeGrower.Binned binned = TreeGrower.Binned.of(xs, names.size(), s.bins());
        double pos = 0;
        double all = 0;
        for (int r = 0; r < m; r++) {
            pos += ws[r] * ys[r];
            all += ws[r];
        }
        double prior = Math.min(1 - 1e-6, Math.max(1e-6, pos / all));
        double bias = Math.log(prior / (1 - prior));
        double[] z = new double[m];
        Arrays.fill(z, bias);
        int nodes = (1 << (s.depth() + 1)) - 1;
        int[][] feature = new int[s.trees()][];
        double[][] threshold = new double[s.trees()][];
        double[][] value = new double[s.trees()][];
        double[] g = new double[m];
        double[] h = new double[m];
        for (int t = 0; t < s.trees(); t++) {
            for (int r = 0; r < m; r++) {
                double p = 1 / (1 + Math.exp(-z[r]));
                g[r] = ws[r] * (p - ys[r]);
                h[r] = ws[r] * Math.max(p * (1 - p), 1e-6);
            }
            feature[t] = new int[nodes];
            threshold[t] = new double[nodes];
            value[t] = new double[nodes];
            int[] leafOf = new TreeGrower(binned, g, h, s, feature[t], threshold[t], value[t]).grow();
            for (int r = 0; r < m; r++) {
                z[r] += value[t][leafOf[r]];
            }
        }
        return new BoostedTrees(names, bias, feature, threshold, value);
    }

    /** Appends {@code bias<TAB>b}, then per tree a line {@code tree<TAB>i} and one line per node. */
    public void appendTsv(StringBuilder sb) {
        sb.append(String.format(Locale.ROOT, "bias\t%.6f%n", bias));
        for (int t = 0; t < feature.length; t++) {
            sb.append("tree\t").append(t).append('\n');
            for (int node = 0; node < feature[t].length; node++) {
                if (feature[t][node] >= 0) {
                    sb.append(String.format(
                            Locale.ROOT, "%d\t%s\t%.8g%n", node, names.get(feature[t][node]), threshold[t][node]));
                } else if (reachable(feature[t], node)) {
                    sb.append(String.format(Locale.ROOT, "%d\tleaf\t%.8g%n", node, value[t][node]));
                }
            }
        }
    }

    private static boolean reachable(int[] feature, int node) {
        return node == 0 || feature[(node - 1) / 2] >= 0;
    }

    /**
     * Reads trees from {@code lines[from, to)} as written by {@link #appendTsv}; {@code what} names the model
     * (and its file) in error messages.
     *
     * @throws IllegalArgumentException when a line is not a node or names an unknown feature
     */
    public static BoostedTrees parse(List<String> names, List<String> lines, int from, int to, String what) {
        double bias = 0;
        List<int[]> features = new ArrayList<>();
        List<double[]> thresholds = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        int depthNodes = 0;
        for (int i = from; i < to; i++) {
            String[] f = lines.get(i).split("\t");
            try {
                if (f[0].equals("bias") && f.length == 2) {
                    bias = Double.parseDouble(f[1]);
                } else if (f[0].equals("tree") && f.length == 2) {
                    features.add(new int[0]);
                    thresholds.add(new double[0]);
                    values.add(new double[0]);
                } else if (f.length == 3 && !features.isEmpty()) {
                    int node = Integer.parseInt(f[0]);
                    int t = features.size() - 1;
                    if (node >= features.get(t).length) {
                        int size = Math.max(node + 1, 2 * features.get(t).length + 1);
                        features.set(t, grow(features.get(t), size));
                        thresholds.set(t, Arrays.copyOf(thresholds.get(t), size));
                        values.set(t, Arrays.copyOf(values.get(t), size));
                    }
                    if (f[1].equals("leaf")) {
                        values.get(t)[node] = Double.parseDouble(f[2]);
                    } else {
                        int at = names.indexOf(f[1]);
                        if (at < 0) {
                            throw new IllegalArgumentException("unknown feature " + f[1]);
                        }
                        features.get(t)[node] = at;
                        thresholds.get(t)[node] = Double.parseDouble(f[2]);
                    }
                    depthNodes = Math.max(depthNodes, node + 1);
                } else {
                    throw new IllegalArgumentException("not a tree node");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        what + " line " + (i + 1) + ": " + e.getMessage() + ": \"" + lines.get(i) + "\"", e);
            }
        }
        if (features.isEmpty() || depthNodes == 0) {
            throw new IllegalArgumentException(what + ": no tree found");
        }
        return new BoostedTrees(
                names,
                bias,
                features.toArray(new int[0][]),
                thresholds.toArray(new double[0][]),
                values.toArray(new double[0][]));
    }

    private static int[] grow(int[] a, int size) {
        int[] out = Arrays.copyOf(a, size);
        Arrays.fill(out, a.length, size, -1);
        return out;
    }

    private static int[][] deepCopy(int[][] a) {
        int[][] out = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}

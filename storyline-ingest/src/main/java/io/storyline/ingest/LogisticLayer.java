package io.storyline.ingest;

import java.util.List;
import java.util.Locale;

/**
 * One logistic regression over standardised features: {@code p = σ(bias + Σ wᵢ (xᵢ − meanᵢ) / sdᵢ)}.
 * Features with no spread ({@code sd} zero) are ignored. Immutable and thread-safe.
 */
final class LogisticLayer implements BlockLayer {

    private final List<String> names;
    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final double bias;

    LogisticLayer(List<String> names, double[] mean, double[] sd, double[] weights, double bias) {
        int n = names.size();
        if (mean.length != n || sd.length != n || weights.length != n) {
            throw new IllegalArgumentException(
                    "layer needs " + n + " features, got " + mean.length + "/" + sd.length + "/" + weights.length);
        }
        this.names = List.copyOf(names);
        this.mean = mean.clone();
        this.scale = new double[n];
        for (int i = 0; i < n; i++) {
            scale[i] = sd[i] > 1e-9 ? 1 / sd[i] : 0;
        }
        this.weights = weights.clone();
        this.bias = bias;
    }

    @Override
    public double probability(double[] x) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * (x[i] - mean[i]) * scale[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Appends this layer's lines: {@code bias<TAB>b}, then {@code name<TAB>mean<TAB>sd<TAB>weight} per feature. */
    @Override
    public void appendTsv(StringBuilder sb) {
        sb.append(String.format(Locale.ROOT, "bias\t%.6f%n", bias));
        for (int i = 0; i < mean.length; i++) {
            double sd = scale[i] == 0 ? 0 : 1 / scale[i];
            sb.append(String.format(Locale.ROOT, "%s\t%.6g\t%.6g\t%.6f%n", names.get(i), mean[i], sd, weights[i]));
        }
    }

    /**
     * Reads a layer from {@code lines[from, to)} as written by {@link #appendTsv}.
     *
     * @throws IllegalArgumentException when a line is not the expected feature
     */
    static LogisticLayer parse(List<String> names, List<String> lines, int from, int to) {
        int n = names.size();
        double[] mean = new double[n];
        double[] sd = new double[n];
        double[] w = new double[n];
        double bias = 0;
        int next = 0;
        for (int i = from; i < to; i++) {
            String[] f = lines.get(i).split("\t");
            if (f[0].equals("bias") && f.length == 2) {
                bias = Double.parseDouble(f[1]);
                continue;
            }
            if (next >= n || !f[0].equals(names.get(next)) || f.length != 4) {
                throw new IllegalArgumentException("block model line " + (i + 1) + ": expected feature "
                        + (next < n ? names.get(next) : "(none)") + " with mean, sd and weight, got \""
                        + lines.get(i) + "\"");
            }
            mean[next] = Double.parseDouble(f[1]);
            sd[next] = Double.parseDouble(f[2]);
            w[next] = Double.parseDouble(f[3]);
            next++;
        }
        if (next != n) {
            throw new IllegalArgumentException("block model layer has " + next + " features, expected " + n);
        }
        return new LogisticLayer(names, mean, sd, w, bias);
    }
}

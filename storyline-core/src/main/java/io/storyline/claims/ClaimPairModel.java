package io.storyline.claims;

import io.storyline.core.LogisticModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The learned pair decision of claim grouping: a logistic regression over {@link AssertionFeatures}
 * (standardised), giving the probability that two statements of one story make the same assertion.
 *
 * <p>The shipped weights ({@value #RESOURCE}) were trained by {@code storyline eval claim-model}
 * (the command is written in the file's header) on MRPC-train pairs and the candidate statement pairs
 * of ecbplus-dev's stories labelled by its event chains; that command reports the figures on topic
 * folds the weights never saw. Immutable and thread-safe.
 */
public final class ClaimPairModel {

    /** Class-path resource holding the shipped weights. */
    public static final String RESOURCE = "/io/storyline/claims/claim-pair-model.tsv";

    private final List<String> header;
    private final double merge;
    private final double apart;
    private final double[] mean;
    private final double[] scale;
    private final double[] weights; // bias first

    private ClaimPairModel(
            List<String> header, double merge, double apart, double[] mean, double[] scale, double[] weights) {
        if (!(apart >= 0 && apart <= merge && merge <= 1)) {
            throw new IllegalArgumentException("need 0 <= apart <= merge <= 1, got apart=" + apart + " merge=" + merge);
        }
        if (mean.length != AssertionFeatures.NAMES.size()
                || scale.length != mean.length
                || weights.length != mean.length + 1) {
            throw new IllegalArgumentException(
                    "a claim pair model needs " + AssertionFeatures.NAMES.size() + " features, got " + mean.length);
        }
        this.header = List.copyOf(header);
        this.merge = merge;
        this.apart = apart;
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = weights.clone();
    }

    /** The shipped model. */
    public static ClaimPairModel shipped() {
        try (InputStream in = ClaimPairModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("claim pair model " + RESOURCE + " is not on the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model: {@code #} comment lines (how it was trained), lines {@code merge TAB p}, {@code apart
     * TAB p} and {@code bias TAB weight}, then one line per feature {@code name TAB mean TAB scale TAB
     * weight} in {@link AssertionFeatures#NAMES} order.
     */
    public static ClaimPairModel read(InputStream in) throws IOException {
        Map<String, Double> thresholds = new java.util.LinkedHashMap<>();
        thresholds.put("merge", Double.NaN);
        thresholds.put("apart", Double.NaN);
        LogisticModelFile f = LogisticModelFile.read(in, "claim pair model", AssertionFeatures.NAMES, thresholds);
        return new ClaimPairModel(
                f.header(), f.threshold("merge"), f.threshold("apart"), f.mean(), f.scale(), f.weights());
    }

    /** The model as {@link #read} reads it, its header first. */
    public String write() {
        Map<String, Double> thresholds = new java.util.LinkedHashMap<>();
        thresholds.put("merge", merge);
        thresholds.put("apart", apart);
        return new LogisticModelFile(header, thresholds, mean, scale, weights).write(AssertionFeatures.NAMES);
    }

    /** Mean pair probability from which two groups of statements merge into one claim. */
    public double merge() {
        return merge;
    }

    /**
     * Pair probability below which two statements are different: a claim never holds such a pair, so
     * grouping does not chain two statements through a third.
     */
    public double apart() {
        return apart;
    }

    /** This model with other grouping thresholds. */
    public ClaimPairModel withThresholds(double merge, double apart) {
        return new ClaimPairModel(header, merge, apart, mean, scale, weights);
    }

    /** This model with {@code header} as its header lines. */
    public ClaimPairModel withHeader(List<String> header) {
        return new ClaimPairModel(header, merge, apart, mean, scale, weights);
    }

    /** The header lines of the file the model was read from (how it was trained). */
    public List<String> header() {
        return header;
    }

    /** The probability that the pair with features {@code x} makes one assertion. */
    public double probability(List<Double> x) {
        double[] v = new double[x.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = x.get(i);
        }
        return probability(v);
    }

    /** The probability that the pair with features {@code x} makes one assertion. */
    public double probability(double[] x) {
        double z = weights[0];
        for (int i = 0; i < mean.length; i++) {
            z += weights[i + 1] * (x[i] - mean[i]) / scale[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Fits a logistic regression with L2 penalty {@code l2} (not on the bias) by Newton's method on
     * standardised features; {@code weight} gives each example's weight.
     */
    public static ClaimPairModel fit(List<List<Double>> x, List<Boolean> y, List<Double> weight, double l2) {
        int d = AssertionFeatures.NAMES.size();
        if (x.isEmpty() || x.size() != y.size() || y.size() != weight.size()) {
            throw new IllegalArgumentException("need as many labels and weights as examples (at least one), got "
                    + x.size() + ", " + y.size() + ", " + weight.size());
        }
        double[] mean = new double[d];
        double[] scale = new double[d];
        double total = 0;
        for (int k = 0; k < x.size(); k++) {
            total += weight.get(k);
            for (int i = 0; i < d; i++) {
                mean[i] += weight.get(k) * x.get(k).get(i);
            }
        }
        for (int i = 0; i < d; i++) {
            mean[i] /= total;
        }
        for (int k = 0; k < x.size(); k++) {
            for (int i = 0; i < d; i++) {
                double v = x.get(k).get(i) - mean[i];
                scale[i] += weight.get(k) * v * v;
            }
        }
        for (int i = 0; i < d; i++) {
            scale[i] = Math.max(1e-6, Math.sqrt(scale[i] / total));
        }
        List<double[]> z = new java.util.ArrayList<>(x.size());
        double[] w8 = new double[x.size()];
        for (int k = 0; k < x.size(); k++) {
            z.add(standardised(x.get(k), mean, scale));
            w8[k] = weight.get(k);
        }
        double[] w = io.storyline.core.LogisticRegression.fit(z, y, w8, l2, 25);
        return new ClaimPairModel(List.of(), 0.5, 0.2, mean, scale, w);
    }

    private static double[] standardised(List<Double> x, double[] mean, double[] scale) {
        double[] z = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            z[i] = (x.get(i) - mean[i]) / scale[i];
        }
        return z;
    }
}

package io.storyline.cluster;

import io.storyline.core.LogisticModelFile;
import io.storyline.learn.BoostedTrees;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The learned decision of story assembly: the probability that an article belongs to a candidate
 * story, from the features of the pair ({@link #FEATURES}). A logistic regression over the
 * standardised features and, when the model has them, gradient-boosted trees over the raw features
 * ({@link BoostedTrees}: they catch interactions such as a close embedding with clashing dates)
 * each give log-odds; the decision takes the trees' with weight {@link #treeShare()} and the
 * regression's with the rest. An article joins its most probable candidate when that probability is
 * at least {@link #join()}; when it would also join another candidate with probability at least
 * {@link #merge()}, the two stories are one and merge.
 *
 * <p>The file also says how it was trained ({@code #} lines), {@code join} and {@code merge} (read
 * as 1, no merging, when missing), {@code treeShare} (1 when missing), and the trees after a line
 * {@code [trees]}. The shipped weights ({@value #RESOURCE}) were trained by {@code storyline eval clustering
 * --folds 5 --out FILE} (the command is written in the file's header) on the candidate stories that
 * articles of the development sets met while being placed into their gold stories. Immutable and
 * thread-safe.
 */
public final class StoryPairModel {

    /** Class-path resource holding the shipped weights. */
    public static final String RESOURCE = "/io/storyline/cluster/story-pair-model.tsv";

    /** The line after which a model's trees follow, when it has them. */
    private static final String TREES = "[trees]";

    /**
     * The features, in order: tf-idf cosine with the story's centroid; idf-weighted name-word cosine;
     * lead-embedding cosine with the story's centroid and whether either side has no embedding; the
     * article's title words and lead terms carried by the story's articles (mean share), and whether
     * either side has no title; the share of the article's stated days that the story states and
     * whether both state days and share none; the idf-weighted share of the article's numbers, places
     * and people that the story carries, and whether both name places and share none; whether the main
     * names clash; log days between the article and the story's dates and whether either is undated;
     * whether the article mentions a year the story mentions, or only others; log story size; the
     * highest embedding cosine and the highest lead-term Jaccard with one of the story's latest
     * articles (at most 8 compared: a short item may match one member better than the centroid).
     */
    public static final List<String> FEATURES = List.of(
            "terms",
            "nameWords",
            "embedding",
            "noEmbedding",
            "title",
            "noTitle",
            "lead",
            "datesShared",
            "datesClash",
            "numbers",
            "places",
            "placesClash",
            "people",
            "nameClash",
            "dayGap",
            "undated",
            "yearsShared",
            "yearsClash",
            "storySize",
            "embeddingMax",
            "leadMax");

    private final List<String> header;
    private final double join;
    private final double merge;
    private final double[] mean;
    private final double[] scale;
    private final double[] weights; // bias first
    /** When present, trees over the raw features; their log-odds weigh {@link #treeShare} in the decision. */
    private final @Nullable BoostedTrees trees;

    private final double treeShare;

    private StoryPairModel(
            List<String> header, double join, double merge, double[] mean, double[] scale, double[] weights) {
        this(header, join, merge, mean, scale, weights, null, 0);
    }

    private StoryPairModel(
            List<String> header,
            double join,
            double merge,
            double[] mean,
            double[] scale,
            double[] weights,
            @Nullable BoostedTrees trees,
            double treeShare) {
        if (!(join > 0 && join < 1 && merge >= join && merge <= 1)) {
            throw new IllegalArgumentException(
                    "need 0 < join < 1 and join <= merge <= 1, got join=" + join + " merge=" + merge);
        }
        if (mean.length != FEATURES.size() || scale.length != mean.length || weights.length != mean.length + 1) {
            throw new IllegalArgumentException(
                    "a story pair model needs " + FEATURES.size() + " features, got " + mean.length);
        }
        this.header = List.copyOf(header);
        this.join = join;
        this.merge = merge;
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = weights.clone();
        if (!(treeShare >= 0 && treeShare <= 1) || (trees == null && treeShare != 0)) {
            throw new IllegalArgumentException("need 0 <= treeShare <= 1, and 0 without trees, got " + treeShare);
        }
        this.trees = trees;
        this.treeShare = treeShare;
    }

    /** The shipped model. */
    public static StoryPairModel shipped() {
        try (InputStream in = StoryPairModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("story pair model " + RESOURCE + " is not on the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model: {@code #} comment lines (how it was trained), a line {@code join TAB p}, optionally
     * {@code merge TAB p}, a line
     * {@code bias TAB weight}, then one line per feature {@code name TAB mean TAB scale TAB weight} in
     * {@link #FEATURES} order.
     */
    public static StoryPairModel read(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lines.add(line);
        }
        int at = lines.indexOf(TREES);
        List<String> logistic = at < 0 ? lines : lines.subList(0, at);
        Map<String, Double> thresholds = new java.util.LinkedHashMap<>();
        thresholds.put("join", Double.NaN);
        thresholds.put("merge", 1.0);
        thresholds.put("treeShare", 1.0);
        LogisticModelFile f = LogisticModelFile.read(logistic, "story pair model", FEATURES, thresholds);
        BoostedTrees trees = null;
        if (at >= 0) {
            try {
                trees = BoostedTrees.parse(FEATURES, lines, at + 1, lines.size(), "story pair model");
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return new StoryPairModel(
                f.header(),
                f.threshold("join"),
                f.threshold("merge"),
                f.mean(),
                f.scale(),
                f.weights(),
                trees,
                trees == null ? 0 : f.threshold("treeShare"));
    }

    /** The model as {@link #read} reads it, its header first. */
    public String write() {
        Map<String, Double> thresholds = new java.util.LinkedHashMap<>();
        thresholds.put("join", join);
        thresholds.put("merge", merge);
        if (trees != null) {
            thresholds.put("treeShare", treeShare);
        }
        String logistic = new LogisticModelFile(header, thresholds, mean, scale, weights).write(FEATURES);
        if (trees == null) {
            return logistic;
        }
        StringBuilder sb = new StringBuilder(logistic).append(TREES).append('\n');
        trees.appendTsv(sb);
        return sb.toString();
    }

    /** Probability from which an article joins its most probable candidate story. */
    public double join() {
        return join;
    }

    /**
     * Probability from which a second candidate story that the article would join is merged with the
     * one it joined; 1 turns merging off.
     */
    public double merge() {
        return merge;
    }

    /** This model with other join and merge thresholds. */
    public StoryPairModel withThresholds(double join, double merge) {
        return new StoryPairModel(header, join, merge, mean, scale, weights, trees, treeShare);
    }

    /** This model with {@code lines} as its header. */
    public StoryPairModel withHeader(List<String> lines) {
        return new StoryPairModel(lines, join, merge, mean, scale, weights, trees, treeShare);
    }

    /** The header lines of the file the model was read from (how it was trained). */
    public List<String> header() {
        return header;
    }

    /**
     * Each feature's contribution to the log-odds for {@code x}: for the logistic decision its weight
     * times its standardised value (they sum with the bias to the log-odds); with trees, how much the
     * log-odds drop when that feature alone is set to its training mean (they need not sum to it).
     */
    public double[] contributions(double[] x) {
        double[] c = new double[mean.length];
        if (trees != null) {
            double z = margin(x);
            double[] y = x.clone();
            for (int i = 0; i < mean.length; i++) {
                y[i] = mean[i];
                c[i] = z - margin(y);
                y[i] = x[i];
            }
            return c;
        }
        for (int i = 0; i < mean.length; i++) {
            c[i] = weights[i + 1] * (x[i] - mean[i]) / scale[i];
        }
        return c;
    }

    /** The probability that an article with features {@code x} against a story belongs to it. */
    public double probability(double[] x) {
        return 1 / (1 + Math.exp(-margin(x)));
    }

    /** The log-odds: the logistic regression's, or its blend with the trees' by {@link #treeShare}. */
    private double margin(double[] x) {
        double z = weights[0];
        for (int i = 0; i < mean.length; i++) {
            z += weights[i + 1] * (x[i] - mean[i]) / scale[i];
        }
        BoostedTrees t = trees;
        return t == null ? z : treeShare * t.margin(x) + (1 - treeShare) * z;
    }

    /** The share of the trees' log-odds in the decision (the rest is the logistic regression's); 0 without trees. */
    public double treeShare() {
        return treeShare;
    }

    /** This model with the trees' log-odds weighing {@code share} in the decision. */
    public StoryPairModel withTreeShare(double share) {
        return new StoryPairModel(header, join, merge, mean, scale, weights, trees, share);
    }

    /** Whether the model has trees (their weight in the decision is {@link #treeShare()}). */
    public boolean hasTrees() {
        return trees != null;
    }

    /**
     * This model with trees fitted on the same examples as {@link #fit} (positives and negatives
     * weighing the same in total), deciding alone ({@link #treeShare()} 1) until {@link #withTreeShare}.
     */
    public StoryPairModel withTreesFitted(List<double[]> x, List<Boolean> y, BoostedTrees.Settings settings) {
        double[] label = new double[y.size()];
        for (int k = 0; k < y.size(); k++) {
            label[k] = y.get(k) ? 1 : 0;
        }
        BoostedTrees t = BoostedTrees.fit(FEATURES, x, label, balanced(y), settings);
        return new StoryPairModel(header, join, merge, mean, scale, weights, t, 1);
    }

    /**
     * Fits a logistic regression with L2 penalty {@code l2} (not on the bias) by Newton's method on
     * standardised features; positives and negatives weigh the same in total.
     */
    public static StoryPairModel fit(List<double[]> x, List<Boolean> y, double l2, double join) {
        int d = FEATURES.size();
        if (x.isEmpty() || x.size() != y.size()) {
            throw new IllegalArgumentException(
                    "need one label per example (at least one), got " + x.size() + " and " + y.size());
        }
        long positives = y.stream().filter(b -> b).count();
        if (positives == 0 || positives == y.size()) {
            throw new IllegalArgumentException(
                    "need both positive and negative examples, got " + positives + " positives of " + y.size());
        }
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] v : x) {
            for (int i = 0; i < d; i++) {
                mean[i] += v[i] / x.size();
            }
        }
        for (double[] v : x) {
            for (int i = 0; i < d; i++) {
                scale[i] += (v[i] - mean[i]) * (v[i] - mean[i]) / x.size();
            }
        }
        for (int i = 0; i < d; i++) {
            scale[i] = Math.max(1e-6, Math.sqrt(scale[i]));
        }
        List<double[]> z = new java.util.ArrayList<>(x.size());
        for (int k = 0; k < x.size(); k++) {
            double[] row = new double[d];
            for (int i = 0; i < d; i++) {
                row[i] = (x.get(k)[i] - mean[i]) / scale[i];
            }
            z.add(row);
        }
        double[] w = io.storyline.core.LogisticRegression.fit(z, y, balanced(y), l2, 30);
        return new StoryPairModel(List.of(), join, 1, mean, scale, w);
    }

    /** Example weights under which positives and negatives weigh the same in total (both present). */
    private static double[] balanced(List<Boolean> y) {
        long positives = y.stream().filter(b -> b).count();
        double[] weight = new double[y.size()];
        for (int k = 0; k < y.size(); k++) {
            weight[k] = y.get(k) ? y.size() / (2.0 * positives) : y.size() / (2.0 * (y.size() - positives));
        }
        return weight;
    }
}

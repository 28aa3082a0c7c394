package io.storyline.ingest;

import io.storyline.learn.BoostedTrees;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Trains a {@link BlockModel}. The first stage is gradient-boosted trees over the block features ({@link
 * BoostedTrees}; {@link Settings#trees} null gives a logistic regression instead); the second is a logistic
 * regression with L2 regularisation, fitted by full-batch Adam on standardised features, over the first
 * stage's in-sample probabilities of each block, its neighbours and its containers ({@link ContextFeatures}).
 * A block is labelled body text when most of its word 4-grams (for a block of one to three words: its whole
 * word sequence) occur in the page's gold body; its weight grows with the log of its word count (weights
 * proportional to the word count let a few huge blocks decide the fit: measured, site-fold F1 on
 * extraction-dev 0.924 against 0.964; weights normalised to the same sum on every page, like the per-page
 * metric, measured no better: 0.9626 / 0.9521 against 0.9655 / 0.9516 on extraction-dev / extraction-news-dev).
 *
 * <p>Stateless and deterministic: the same pages give the same weights.
 */
final class BlockModelTrainer {

    /**
     * Training settings.
     *
     * @param l2 L2 penalty on the standardised weights of the logistic stages (not the bias)
     * @param epochs full passes of Adam
     * @param rate Adam's step size
     * @param threshold the probability at or above which a block is kept
     * @param trees the first stage's trees, or null for a logistic first stage
     */
    record Settings(double l2, int epochs, double rate, double threshold, BoostedTrees.@Nullable Settings trees) {
        /** Chosen by site-fold cross-validation on extraction-dev and extraction-news-dev. */
        static final Settings DEFAULT =
                new Settings(3e-2, 400, 0.05, 0.5, new BoostedTrees.Settings(200, 4, 0.1, 1, 5, 32));

        /** Both stages logistic (the model before the trees). */
        static final Settings LOGISTIC = new Settings(3e-2, 400, 0.05, 0.5, null);
    }

    /** One labelled page: its analysis and its gold body. */
    record Example(PageAnalysis page, String gold) {}

    /**
     * Blocks with fewer words are not trained on: a lone number or name is found in almost any gold body, so
     * its label says nothing.
     */
    static final int MIN_TOKENS = 2;

    private BlockModelTrainer() {}

    static BlockModel train(List<Example> examples, Settings settings) {
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (Example ex : examples) {
            label(ex, xs, ys, ws);
        }
        BlockLayer first = fit(BlockFeatures.NAMES, xs, ys, ws, settings, settings.trees());
        // The second stage learns from the first stage's in-sample probabilities on the same pages (out-of-fold
        // probabilities from 3 inner site folds measured no better: 0.9656 / 0.9493 against 0.9655 / 0.9504).
        BlockModel firstOnly = new BlockModel(first, first, settings.threshold());
        List<double[]> context = new ArrayList<>();
        for (Example ex : examples) {
            List<double[]> all = ContextFeatures.of(ex.page(), firstOnly.firstStage(ex.page()));
            for (int b : labelled(ex)) {
                context.add(all.get(b));
            }
        }
        BlockLayer second = fit(ContextFeatures.NAMES, context, ys, ws, settings, null);
        return new BlockModel(first, second, settings.threshold());
    }

    private static BlockLayer fit(
            List<String> names,
            List<double[]> xs,
            List<Double> ys,
            List<Double> ws,
            Settings settings,
            BoostedTrees.@Nullable Settings trees) {
        if (trees == null) {
            return fit(names, xs, ys, ws, settings);
        }
        double[] y = new double[ys.size()];
        double[] w = new double[ws.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = ys.get(i);
            w[i] = ws.get(i);
        }
        return new TreeLayer(BoostedTrees.fit(names, xs, y, w, trees));
    }

    /** Adds the page's blocks with their labels and weights. */
    static void label(Example ex, List<double[]> xs, List<Double> ys, List<Double> ws) {
        List<String> goldTokens = ShingleScorer.tokens(ex.gold());
        Set<String> goldShingles = new HashSet<>();
        for (int i = 0; i + 4 <= goldTokens.size(); i++) {
            goldShingles.add(String.join(" ", goldTokens.subList(i, i + 4)));
        }
        String goldLine = " " + String.join(" ", goldTokens) + " ";
        List<TextBlock> blocks = ex.page().blocks();
        for (int b = 0; b < blocks.size(); b++) {
            List<String> tokens = ShingleScorer.tokens(blocks.get(b).text());
            double share;
            if (tokens.size() < MIN_TOKENS) {
                continue;
            } else if (tokens.size() < 4) {
                share = goldLine.contains(" " + String.join(" ", tokens) + " ") ? 1 : 0;
            } else {
                int in = 0;
                for (int i = 0; i + 4 <= tokens.size(); i++) {
                    in += goldShingles.contains(String.join(" ", tokens.subList(i, i + 4))) ? 1 : 0;
                }
                share = (double) in / (tokens.size() - 3);
            }
            xs.add(ex.page().features().get(b));
            ys.add(share >= 0.5 ? 1.0 : 0.0);
            ws.add(Math.log1p(tokens.size()));
        }
    }

    /** Indices of the blocks that {@link #label} uses (those with a word). */
    private static List<Integer> labelled(Example ex) {
        List<Integer> out = new ArrayList<>();
        List<TextBlock> blocks = ex.page().blocks();
        for (int b = 0; b < blocks.size(); b++) {
            if (ShingleScorer.tokens(blocks.get(b).text()).size() >= MIN_TOKENS) {
                out.add(b);
            }
        }
        return out;
    }

    private static LogisticLayer fit(
            List<String> names, List<double[]> xs, List<Double> ys, List<Double> ws, Settings settings) {
        int n = names.size();
        double[] mean = new double[n];
        double[] sd = new double[n];
        standardise(xs, mean, sd);
        double[] w = new double[n + 1];
        fit(xs, ys, ws, mean, sd, w, settings);
        return new LogisticLayer(names, mean, sd, Arrays.copyOf(w, n), w[n]);
    }

    private static void standardise(List<double[]> xs, double[] mean, double[] sd) {
        int n = mean.length;
        for (double[] x : xs) {
            for (int i = 0; i < n; i++) {
                mean[i] += x[i];
            }
        }
        for (int i = 0; i < n; i++) {
            mean[i] /= Math.max(1, xs.size());
        }
        for (double[] x : xs) {
            for (int i = 0; i < n; i++) {
                sd[i] += (x[i] - mean[i]) * (x[i] - mean[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            sd[i] = Math.sqrt(sd[i] / Math.max(1, xs.size()));
        }
    }

    private static void fit(
            List<double[]> xs, List<Double> ys, List<Double> ws, double[] mean, double[] sd, double[] w, Settings s) {
        int n = mean.length;
        int m = xs.size();
        double[][] z = new double[m][n];
        double totalWeight = 0;
        for (int r = 0; r < m; r++) {
            double[] x = xs.get(r);
            for (int i = 0; i < n; i++) {
                z[r][i] = sd[i] > 1e-9 ? (x[i] - mean[i]) / sd[i] : 0;
            }
            totalWeight += ws.get(r);
        }
        double[] first = new double[n + 1];
        double[] second = new double[n + 1];
        double[] grad = new double[n + 1];
        for (int epoch = 1; epoch <= s.epochs(); epoch++) {
            Arrays.fill(grad, 0);
            for (int r = 0; r < m; r++) {
                double[] row = z[r];
                double a = w[n];
                for (int i = 0; i < n; i++) {
                    a += w[i] * row[i];
                }
                double err = (1 / (1 + Math.exp(-a)) - ys.get(r)) * ws.get(r) / totalWeight;
                for (int i = 0; i < n; i++) {
                    grad[i] += err * row[i];
                }
                grad[n] += err;
            }
            for (int i = 0; i < n; i++) {
                grad[i] += s.l2() * w[i];
            }
            for (int i = 0; i <= n; i++) {
                first[i] = 0.9 * first[i] + 0.1 * grad[i];
                second[i] = 0.999 * second[i] + 0.001 * grad[i] * grad[i];
                double mHat = first[i] / (1 - Math.pow(0.9, epoch));
                double vHat = second[i] / (1 - Math.pow(0.999, epoch));
                w[i] -= s.rate() * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
    }
}

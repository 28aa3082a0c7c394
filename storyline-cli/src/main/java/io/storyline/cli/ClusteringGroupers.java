package io.storyline.cli;

import io.storyline.cli.ClusteringFolds.Grouper;
import io.storyline.cli.ClusteringFolds.Item;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.cluster.StoryAssembler;
import io.storyline.cluster.StoryPairModel;
import io.storyline.eval.TfIdfSinglePass;
import io.storyline.learn.BoostedTrees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The ways of grouping articles that {@link ClusteringFolds#crossValidate} compares, each with the
 * knobs it tries on the training folds: the learned pair model (trees, or the logistic regression
 * alone; fitted there, its join and merge probabilities chosen there), the hand-weighted score (its join threshold as shipped or
 * chosen there) and the TF-IDF single-pass baseline (its threshold chosen there).
 */
final class ClusteringGroupers {

    private static final double L2 = 1.0;
    private static final double[] JOIN = {0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

    /**
     * The shares of the trees' log-odds in the decision tried on the training folds (the rest is the
     * logistic regression's): trees fit long articles better, the logistic regression short items. The
     * trees never decide alone: they do not extrapolate beyond the feature ranges of the training
     * pairs (a translated or machine-garbled copy has a lower term overlap than any training pair of
     * one story), the regression's weights do. Measured: with 1 in the grid it was chosen on all
     * training articles and split the seed story's garbled copy from its story.
     */
    private static final double[] SHARE = {0, 0.5};

    /**
     * The trees of the pair model: 200 trees of depth 3, shrinkage 0.1, leaves of at least 5 (balanced)
     * examples' weight, 32 quantile cuts per feature. Set once, before any cross-validation (not chosen
     * by the folds; see README for the held-out figures with and without them).
     */
    static final BoostedTrees.Settings TREES = new BoostedTrees.Settings(200, 3, 0.1, 1, 5, 32);

    private static final double[] MERGE = {0.95, 1.0};

    private ClusteringGroupers() {}

    /** The hand-weighted score of {@link AssemblyOptions}, its join threshold chosen on the training folds. */
    static Grouper hand(AssemblyOptions options, boolean tune) {
        return new Grouper() {
            @Override
            public List<List<Double>> train(List<Item> training, long[] seeds) {
                return tune
                        ? List.of(0.26, 0.28, 0.30, 0.32, 0.34, 0.36, 0.38, 0.40, 0.42, 0.44).stream()
                                .map(List::of)
                                .toList()
                        : List.of(List.of(options.joinThreshold()));
            }

            @Override
            public Map<String, String> group(List<Item> items, List<Double> knob) {
                StoryAssembler a = new StoryAssembler(withThreshold(options, knob.get(0)));
                return ClusteringFolds.stories(a, items);
            }
        };
    }

    private static AssemblyOptions withThreshold(AssemblyOptions o, double t) {
        return new AssemblyOptions(
                t,
                o.termWeight(),
                o.nameWeight(),
                o.embeddingWeight(),
                o.yearWeight(),
                o.maxDayGap(),
                o.yearClash(),
                o.nameClash(),
                o.nameClashMentions(),
                o.idfPrior(),
                o.nearDuplicate(),
                o.queryTerms(),
                o.maxPostings(),
                o.maxCandidates(),
                o.recluster(),
                false);
    }

    /**
     * The pair model fitted on the training folds, its join and merge probabilities chosen there too:
     * trees ({@link #TREES}) when given, else the logistic regression alone.
     */
    static final class Learned implements Grouper {
        private final AssemblyOptions options;
        private final BoostedTrees.@Nullable Settings trees;
        private @Nullable StoryPairModel model;

        Learned(AssemblyOptions options, BoostedTrees.@Nullable Settings trees) {
            this.options = options;
            this.trees = trees;
        }

        @Override
        public List<List<Double>> train(List<Item> training, long[] seeds) {
            model = fit(training, seeds, options, 0.5, trees);
            List<List<Double>> grid = new ArrayList<>();
            for (double share : trees == null ? new double[] {0} : SHARE) {
                for (double join : JOIN) {
                    for (double merge : MERGE) {
                        if (merge >= join) {
                            grid.add(List.of(join, merge, share));
                        }
                    }
                }
            }
            return grid;
        }

        @Override
        public Map<String, String> group(List<Item> items, List<Double> knob) {
            StoryAssembler a = new StoryAssembler(options, tuned(knob));
            return ClusteringFolds.stories(a, items);
        }

        /** The fitted model with the knob's join and merge probabilities and tree share. */
        StoryPairModel tuned(List<Double> knob) {
            StoryPairModel m = model().withThresholds(knob.get(0), knob.get(1));
            return m.hasTrees() ? m.withTreeShare(knob.get(2)) : m;
        }

        /** The model fitted by the last {@link #train}. */
        StoryPairModel model() {
            StoryPairModel m = model;
            if (m == null) {
                throw new IllegalStateException("train the pair model first");
            }
            return m;
        }
    }

    /**
     * Fits the pair model on the candidate stories the training articles meet while each is placed in
     * its gold story, in every order of {@code seeds}: the logistic regression, and trees making the
     * decision when {@code trees} is given.
     */
    static StoryPairModel fit(
            List<Item> training,
            long[] seeds,
            AssemblyOptions options,
            double join,
            BoostedTrees.@Nullable Settings trees) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (long seed : seeds) {
            StoryAssembler a = new StoryAssembler(options);
            for (Item i : ClusteringFolds.order(training, seed)) {
                for (StoryAssembler.Example e : a.observe(i.features(), i.gold())) {
                    x.add(e.vector());
                    y.add(e.joined());
                }
            }
        }
        StoryPairModel m = StoryPairModel.fit(x, y, L2, join);
        if (trees == null) {
            return m;
        }
        return m.withTreesFitted(x, y, trees);
    }

    /** The TF-IDF single-pass baseline, its threshold chosen on the training folds. */
    static Grouper baseline() {
        return new Grouper() {
            @Override
            public List<List<Double>> train(List<Item> training, long[] seeds) {
                List<List<Double>> grid = new ArrayList<>();
                for (int i = 0; i < 15; i++) {
                    grid.add(List.of(0.05 + 0.025 * i));
                }
                return grid;
            }

            @Override
            public Map<String, String> group(List<Item> items, List<Double> knob) {
                return TfIdfSinglePass.cluster(items.stream().map(Item::article).toList(), knob.get(0));
            }
        };
    }
}

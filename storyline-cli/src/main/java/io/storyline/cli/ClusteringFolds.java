package io.storyline.cli;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.Pipeline;
import io.storyline.cluster.ArticleFeatures;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.cluster.StoryAssembler;
import io.storyline.core.Article;
import io.storyline.eval.Clustering;
import io.storyline.eval.EventGold;
import io.storyline.store.ArticleLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Cross-validated story grouping: the articles of a labelled set are analysed once, split into
 * folds by topic (the id's text before the first '_': the ECB+ topic, the BASIL event; {@link
 * EventGold#folds}), and for each held-out fold every knob is chosen on the other folds only: the
 * join threshold of the hand-weighted score, the pair model's weights and join probability, and the
 * TF-IDF baseline's threshold. Each held-out fold is then grouped alone, in several random arrival
 * orders (by date when dated, ties and undated articles shuffled by the order's seed), and scored
 * against gold. Not thread-safe; assembly runs on the caller's thread.
 */
final class ClusteringFolds {

    /** One analysed article of the set, with its gold story. */
    record Item(Article article, ArticleFeatures features, String gold) {
        String id() {
            return article.id();
        }
    }

    /** A way of grouping articles with one knob chosen on training folds. */
    interface Grouper {
        /** Prepares for the training items (fits what it learns); returns the knob settings to try. */
        List<List<Double>> train(List<Item> training, long[] seeds);

        /**
         * Article id → story for {@code items} in the order given, with the knobs set to {@code knob}.
         * Called from several threads at once after {@link #train}.
         */
        Map<String, String> group(List<Item> items, List<Double> knob);
    }

    /** What one held-out fold scored in one order, and the knob chosen for it. */
    record FoldScore(int fold, long seed, List<Double> knob, Clustering.Scores scores, Map<String, String> predicted) {}

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')]*\\s+(?=[\"“‘(]?\\p{Lu})");
    private static final Pattern WORDS = Pattern.compile("\\p{L}+");

    private ClusteringFolds() {}

    /** The items of articles already analysed, each with its gold story. */
    static List<Item> items(List<AnalyzedArticle> analysed, Map<String, String> gold) {
        List<Item> out = new ArrayList<>();
        for (AnalyzedArticle a : analysed) {
            String g = gold.get(a.id());
            if (g == null) {
                throw new IllegalArgumentException("article " + a.id() + " has no row in gold-stories.tsv");
            }
            out.add(new Item(a.article(), ArticleFeatures.of(a), g));
        }
        return out;
    }

    /** Analyses {@code articles} on {@code threads} threads. */
    static List<Item> analyse(List<Article> articles, Map<String, String> gold, Pipeline pipeline, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ArticleFeatures>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> ArticleFeatures.of(pipeline.analyze(a))));
            }
            List<Item> out = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                String g = gold.get(a.id());
                if (g == null) {
                    throw new IllegalArgumentException("article " + a.id() + " has no row in gold-stories.tsv");
                }
                out.add(new Item(a, futures.get(i).get(), g));
            }
            return out;
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * {@code a} reduced to a short item: its title and the first sentence of its text that has at
     * least four words and is not a web address (a headline and a sentence, as feeds deliver them).
     */
    static Article firstSentence(Article a) {
        for (String line : a.text().split("\n")) {
            String l = line.strip();
            if (l.contains("http") || l.contains("www")) {
                continue;
            }
            Matcher end = SENTENCE_END.matcher(l);
            String s = end.find() ? l.substring(0, end.start() + 1) : l;
            Matcher w = WORDS.matcher(s);
            int words = 0;
            while (w.find()) {
                words++;
            }
            if (words >= 4) {
                return new Article(a.id(), a.title(), s, a.published(), a.outlet(), a.url(), a.language());
            }
        }
        return a;
    }

    /** {@code items} in arrival order {@code seed}: by date, undated last, ties shuffled by the seed. */
    static List<Item> order(List<Item> items, long seed) {
        List<Item> out = new ArrayList<>(items);
        out.sort(Comparator.comparing(Item::id));
        Collections.shuffle(out, new Random(seed));
        out.sort(Comparator.comparing((Item i) -> i.article().published() == null
                ? "9999"
                : i.article().published().toString()));
        return out;
    }

    /** The held-out score of every fold in every order. */
    static List<FoldScore> crossValidate(List<Item> items, int k, long[] seeds, Grouper grouper) {
        List<Set<String>> folds = EventGold.folds(items.stream().map(Item::id).toList(), k);
        List<FoldScore> out = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            Set<String> topics = folds.get(f);
            List<Item> test = items.stream()
                    .filter(i -> topics.contains(EventGold.topic(i.id())))
                    .toList();
            List<Item> training = items.stream()
                    .filter(i -> !topics.contains(EventGold.topic(i.id())))
                    .toList();
            if (test.isEmpty()) {
                continue;
            }
            List<Double> knob = choose(training, seeds, grouper);
            for (long seed : seeds) {
                Map<String, String> predicted = grouper.group(order(test, seed), knob);
                out.add(new FoldScore(f + 1, seed, knob, Clustering.score(predicted, gold(test)), predicted));
            }
        }
        return out;
    }

    /**
     * The knob with the best B-cubed F1 on {@code training} in the first order of {@code seeds} (the first
     * in grid order on a tie); the model is fitted on every order. One order, not all: grouping the
     * training folds once per knob and order was most of the scorecard's time, and the held-out folds are
     * still grouped in every order. The knobs are tried in parallel: each grouping is independent, so the
     * choice is the same on any number of cores.
     */
    static List<Double> choose(List<Item> training, long[] seeds, Grouper grouper) {
        List<List<Double>> grid = grouper.train(training, seeds);
        Map<String, String> gold = gold(training);
        List<List<Item>> orders = List.of(order(training, seeds[0]));
        double[] f1 = IntStream.range(0, grid.size())
                .parallel()
                .mapToDouble(k -> orders.stream()
                        .mapToDouble(o -> Clustering.score(grouper.group(o, grid.get(k)), gold)
                                .bcubedF1())
                        .sum())
                .toArray();
        int best = 0;
        for (int k = 1; k < f1.length; k++) {
            if (f1[k] > f1[best] + 1e-9) {
                best = k;
            }
        }
        return grid.get(best);
    }

    static Map<String, String> gold(List<Item> items) {
        Map<String, String> g = new HashMap<>();
        items.forEach(i -> g.put(i.id(), i.gold()));
        return g;
    }

    /** Adds {@code items} to {@code a} in order; article id → story once all are in (merges included). */
    static Map<String, String> stories(StoryAssembler a, List<Item> items) {
        items.forEach(i -> a.add(i.features()));
        Map<String, String> out = new HashMap<>();
        a.stories().forEach((story, ids) -> ids.forEach(id -> out.put(id, story)));
        return out;
    }

    /** Article id → story for {@code items} in the order given, by the assembler {@code analyze} uses. */
    static Map<String, String> shipped(List<Item> items) {
        StoryAssembler a = ArticleLoader.assembler(AssemblyOptions.defaults());
        return stories(a, items);
    }
}

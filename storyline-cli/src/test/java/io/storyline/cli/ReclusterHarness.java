package io.storyline.cli;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StandardPipeline;
import io.storyline.cluster.ArticleFeatures;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.core.Article;
import io.storyline.store.ArticleCodec;
import io.storyline.store.StoredArticle;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Development harness (test scope, not a test): the held-out figures of the pair model on one set as
 * {@code storyline eval clustering DIR --folds 5 --orders 3 [--first-sentence]} prints them, with the
 * analysed articles cached in a file (their stored form), so that a change of story assembly alone is
 * measured in seconds. Run: {@code java -cp ... io.storyline.cli.ReclusterHarness DIR CACHE
 * [first-sentence] [recluster=N] [baseline]}, or {@code ... ReclusterHarness seed SHARED CACHES} for the
 * seed gate; delete the caches after changing the article stages.
 */
final class ReclusterHarness {

    private ReclusterHarness() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("seed")) {
            seedAlone(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        Path dir = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        boolean first = List.of(args).contains("first-sentence");
        boolean baseline = List.of(args).contains("baseline");
        int recluster = AssemblyOptions.defaults().recluster();
        for (String a : args) {
            if (a.startsWith("recluster=")) {
                recluster = Integer.parseInt(a.substring("recluster=".length()));
            }
        }
        List<ClusteringFolds.Item> items = items(dir, cache, first);
        AssemblyOptions d = AssemblyOptions.defaults();
        AssemblyOptions o = new AssemblyOptions(
                d.joinThreshold(),
                d.termWeight(),
                d.nameWeight(),
                d.embeddingWeight(),
                d.yearWeight(),
                d.maxDayGap(),
                d.yearClash(),
                d.nameClash(),
                d.nameClashMentions(),
                d.idfPrior(),
                d.nearDuplicate(),
                d.queryTerms(),
                d.maxPostings(),
                d.maxCandidates(),
                recluster,
                d.learned());
        long[] seeds = {1, 2, 3};
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        FoldReport.report(
                out,
                "pair model recluster=" + recluster,
                ClusteringFolds.crossValidate(
                        items, 5, seeds, new ClusteringGroupers.Learned(o, ClusteringGroupers.TREES)),
                seeds);
        out.printf("  (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
        if (baseline) {
            FoldReport.report(
                    out,
                    "TF-IDF single pass",
                    ClusteringFolds.crossValidate(items, 5, seeds, ClusteringGroupers.baseline()),
                    seeds);
        }
    }

    /**
     * The scorecard's seed gate with the shipped assembler: the seed story among basil-dev and ecbplus-dev
     * in 3 orders (each set's analysis cached as {@code CACHES/NAME.cache}).
     */
    static void seedAlone(Path shared, Path caches) throws Exception {
        List<ClusteringFolds.Item> union = new ArrayList<>();
        for (String set : List.of("basil-dev", "ecbplus-dev")) {
            union.addAll(items(shared.resolve(set), caches.resolve(set + ".cache"), false));
        }
        List<ClusteringFolds.Item> seed =
                items(shared.resolve("ceasefire-2025"), caches.resolve("ceasefire-2025.cache"), false);
        union.addAll(seed);
        for (long s = 1; s <= 3; s++) {
            Map<String, String> predicted = ClusteringFolds.shipped(ClusteringFolds.order(union, s));
            java.util.Set<String> stories = new java.util.HashSet<>();
            seed.forEach(i -> stories.add(predicted.get(i.id())));
            long members = predicted.values().stream().filter(stories::contains).count();
            System.out.printf(
                    "seed order %d: %d stories holding %d articles (seed has %d)%n",
                    s, stories.size(), members, seed.size());
        }
    }

    static List<ClusteringFolds.Item> items(Path dir, Path cache, boolean first) throws Exception {
        List<Article> articles = EvalSets.articles(dir);
        if (first) {
            articles = articles.stream().map(ClusteringFolds::firstSentence).toList();
        }
        Map<String, String> gold = EvalSets.goldStories(dir);
        ArticleCodec codec = new ArticleCodec();
        List<ArticleFeatures> features = new ArrayList<>();
        if (Files.isRegularFile(cache)) {
            for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
                features.add(codec.read(line, "").features());
            }
        } else {
            Pipeline pipeline = StandardPipeline.create(StandardPipeline.Options.defaults());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<AnalyzedArticle>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> pipeline.analyze(a)));
            }
            List<String> lines = new ArrayList<>();
            for (Future<AnalyzedArticle> f : futures) {
                AnalyzedArticle an = f.get();
                ArticleFeatures af = ArticleFeatures.of(an);
                features.add(af);
                lines.add(codec.write(StoredArticle.of(an, af, "", null)).replace('\n', ' '));
            }
            pool.shutdown();
            Files.write(cache, lines, StandardCharsets.UTF_8);
        }
        List<ClusteringFolds.Item> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            out.add(new ClusteringFolds.Item(a, features.get(i), java.util.Objects.requireNonNull(gold.get(a.id()))));
        }
        return out;
    }
}

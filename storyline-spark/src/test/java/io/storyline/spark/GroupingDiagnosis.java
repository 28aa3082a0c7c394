package io.storyline.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.cluster.ArticleFeatures;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.cluster.StoryAssembler;
import io.storyline.cluster.StoryPairModel;
import io.storyline.eval.Clustering;
import io.storyline.store.ArticleCodec;
import io.storyline.store.StoredArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * Not a test: compares the grouping stage with the embedded assembler on a job's output ({@code
 * -Dstoryline.spark.devOut=DIR}): embedded with its running idf, embedded with the collection's idf,
 * and the Spark stage, each against the others and gold. Skipped unless the property is set.
 */
class GroupingDiagnosis {

    @Test
    void compare() {
        String dir = System.getProperty("storyline.spark.devOut");
        assumeTrue(dir != null && !dir.isEmpty(), "set -Dstoryline.spark.devOut=DIR to run");
        double factor = Double.parseDouble(System.getProperty("storyline.spark.edgeFactor", "0.6"));
        SparkSession spark = SparkSession.builder()
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        try {
            ArticleCodec codec = new ArticleCodec();
            List<StoredArticle> articles = new ArrayList<>();
            for (Row r : spark.read().parquet(dir + "/articles").select("doc").collectAsList()) {
                articles.add(codec.read(r.getString(0), ""));
            }
            Map<String, String> embedded = EmbeddedStories.of(articles);
            Map<String, String> fixedIdf = withCollectionIdf(articles);
            List<Keyed> keyed = articles.stream()
                    .map(a -> new Keyed(
                            a.id(),
                            StreamOrder.key(a.id(), a.article().published()),
                            FeatureCodec.encode(a.features())))
                    .toList();
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            long t0 = System.nanoTime();
            StoryGrouping.Settings d = StoryGrouping.Settings.defaults();
            var grouped = new StoryGrouping(new StoryGrouping.Settings(
                            Integer.getInteger("storyline.spark.blockKeys", d.blockKeys()),
                            Integer.getInteger("storyline.spark.maxBlock", d.maxBlock()),
                            Integer.getInteger("storyline.spark.windowDays", d.windowDays()),
                            factor,
                            d.maxIterations()))
                    .group(sc.parallelize(keyed, 4));
            Map<String, String> sparkStories = new HashMap<>();
            for (Tuple2<String, StoryGrouping.Placement> t : grouped._1().collect()) {
                sparkStories.put(t._1(), t._2().story());
            }
            System.out.printf(
                    "grouping %d articles: %.1f s, %s%n", keyed.size(), (System.nanoTime() - t0) / 1e9, grouped._2());
            print("spark vs embedded", Clustering.score(sparkStories, embedded));
            print("spark vs embedded-with-collection-idf", Clustering.score(sparkStories, fixedIdf));
            print("embedded-with-collection-idf vs embedded", Clustering.score(fixedIdf, embedded));
            for (String set : List.of("ceasefire-2025", "basil-dev", "ecbplus-dev")) {
                Map<String, String> gold = DevSets.gold(set);
                System.out.printf(
                        "%s vs gold: spark %.4f, embedded %.4f, embedded-collection-idf %.4f%n",
                        set,
                        Clustering.score(sparkStories, gold).bcubedF1(),
                        Clustering.score(embedded, gold).bcubedF1(),
                        Clustering.score(fixedIdf, gold).bcubedF1());
            }
        } finally {
            spark.stop();
        }
    }

    private static void print(String what, Clustering.Scores s) {
        System.out.printf(
                "%s: B3-F1 %.4f (P %.4f R %.4f), %d vs %d clusters over %d%n",
                what,
                s.bcubedF1(),
                s.bcubedPrecision(),
                s.bcubedRecall(),
                s.predictedClusters(),
                s.goldClusters(),
                s.items());
    }

    /** The embedded assembler over the whole input in stream order, with the collection's idf. */
    static Map<String, String> withCollectionIdf(List<StoredArticle> articles) {
        Map<String, Integer> df = new HashMap<>();
        for (StoredArticle a : articles) {
            for (String k : StoryAssembler.idfKeys(a.features())) {
                df.merge(k, 1, Integer::sum);
            }
        }
        StoryAssembler assembler = new StoryAssembler(
                AssemblyOptions.defaults(),
                StoryPairModel.shipped(),
                new StoryAssembler.Frequencies(articles.size(), df));
        articles.stream()
                .sorted(Comparator.comparing(
                        a -> StreamOrder.key(a.id(), a.article().published())))
                .map(StoredArticle::features)
                .forEach((ArticleFeatures f) -> assembler.add(f));
        Map<String, String> out = new HashMap<>();
        assembler.stories().forEach((story, ids) -> ids.forEach(id -> out.put(id, story)));
        return out;
    }
}

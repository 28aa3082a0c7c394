package io.storyline.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * Not a test: the grouping stage's scaling curve on {@link SyntheticFeatures} in {@code local[2]}
 * ({@code -Dstoryline.spark.scale=10000,100000}); prints time per article and the B³-F1 against the
 * synthetic events. Skipped unless the property is set.
 */
class GroupingScale {

    @Test
    void curve() {
        String sizes = System.getProperty("storyline.spark.scale");
        assumeTrue(sizes != null && !sizes.isEmpty(), "set -Dstoryline.spark.scale=N,N,... to run");
        SparkSession spark = SparkSession.builder()
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8")
                .getOrCreate();
        try {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            for (String s : sizes.split(",")) {
                long n = Long.parseLong(s.trim());
                int slices = (int) Math.max(4, Math.min(64, n / 5000));
                List<Long> starts = new ArrayList<>();
                for (int k = 0; k < slices; k++) {
                    starts.add(k * n / slices);
                }
                JavaRDD<Keyed> keyed = sc.parallelize(starts, slices)
                        .flatMap(start -> {
                            long end = Math.min(n, start + (n + slices - 1) / slices);
                            List<Keyed> out = new ArrayList<>();
                            for (long i = start; i < end; i++) {
                                out.add(SyntheticFeatures.keyed(i, n));
                            }
                            return out.iterator();
                        })
                        .persist(StorageLevel.MEMORY_AND_DISK());
                keyed.count();
                long t0 = System.nanoTime();
                var grouped = new StoryGrouping(StoryGrouping.Settings.defaults()).group(keyed);
                Map<String, String> stories = new HashMap<>();
                for (Tuple2<String, StoryGrouping.Placement> t : grouped._1().collect()) {
                    stories.put(t._1(), t._2().story());
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                Map<String, String> gold = new HashMap<>();
                stories.keySet().forEach(id -> gold.put(id, "e" + Long.parseLong(id.substring(1)) / 5));
                var score = io.storyline.eval.Clustering.score(stories, gold);
                System.out.printf(
                        "SCALE n=%d: %.1f s, %.3f ms/article, %s, B3-F1 vs events %.4f%n",
                        n, seconds, seconds * 1000 / n, grouped._2(), score.bcubedF1());
                keyed.unpersist();
            }
        } finally {
            spark.stop();
        }
    }
}

package io.storyline.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Not a test: runs the job in {@code local[2]} on the three development sets together (the seed,
 * basil-dev, ecbplus-dev) into {@code -Dstoryline.spark.devOut=DIR}, for {@link GroupingDiagnosis}
 * and the README's figures. Skipped unless that property is set.
 */
class DevSetsRun {

    @Test
    void runOnAllDevSets() {
        String out = System.getProperty("storyline.spark.devOut");
        assumeTrue(out != null && !out.isEmpty(), "set -Dstoryline.spark.devOut=DIR to run");
        List<String> inputs = new ArrayList<>();
        for (String s : List.of("ceasefire-2025", "basil-dev", "ecbplus-dev")) {
            inputs.add(DevSets.eval()
                    .resolve(s)
                    .resolve("articles.jsonl")
                    .toAbsolutePath()
                    .toString());
        }
        SparkSession spark = SparkSession.builder()
                .master("local[2]")
                .appName("storyline-dev-sets")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        try {
            long t0 = System.nanoTime();
            StorylineJob.Summary s = StorylineJob.run(
                    spark, new StorylineJob.Args(inputs, out, null, 4, true, StoryGrouping.Settings.defaults()));
            System.out.printf("%s in %.1f s%n", s, (System.nanoTime() - t0) / 1e9);
        } finally {
            spark.stop();
        }
    }
}

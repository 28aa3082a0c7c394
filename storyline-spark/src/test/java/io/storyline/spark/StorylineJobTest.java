package io.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.eval.Clustering;
import io.storyline.store.ArticleCodec;
import io.storyline.store.StoredArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in {@code local[2]} on basil-dev and the seed story (140 articles) plus bad inputs: same
 * stories as the embedded path, skipped inputs reported, stable story ids.
 */
class StorylineJobTest {

    private static final List<String> SETS = List.of("ceasefire-2025", "basil-dev");

    @SuppressWarnings("NullAway.Init")
    private static SparkSession spark;

    @SuppressWarnings("NullAway.Init")
    private static StorylineJob.Summary summary;

    @SuppressWarnings("NullAway.Init")
    private static Path out;

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        Path eval = DevSets.eval();
        for (String s : SETS) {
            assumeTrue(Files.isRegularFile(eval.resolve(s).resolve("articles.jsonl")), "no " + s + " in " + eval);
        }
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.write(bad.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.writeString(
                bad.resolve("lines.jsonl"), "{\"id\": \"ok1\", \"text\": \"The council met on Monday.\"}\n{not json\n");
        Files.writeString(bad.resolve("notes.docx"), "not an input");
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("storyline-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        out = dir.resolve("out");
        List<String> inputs = new ArrayList<>();
        for (String s : SETS) {
            inputs.add(
                    eval.resolve(s).resolve("articles.jsonl").toAbsolutePath().toString());
        }
        inputs.add(bad.toString());
        inputs.add(dir.resolve("missing").toString());
        summary = StorylineJob.run(
                spark, new StorylineJob.Args(inputs, out.toString(), null, 4, true, StoryGrouping.Settings.defaults()));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sparkStoriesAgreeWithEmbeddedStoriesAndScoreAlikeOnGold() {
        Map<String, String> sparkStories = new HashMap<>();
        List<StoredArticle> analysed = new ArrayList<>();
        ArticleCodec codec = new ArticleCodec();
        for (Row r : spark.read().parquet(out.resolve("articles").toString()).collectAsList()) {
            sparkStories.put(r.getAs("id"), r.getAs("story"));
            analysed.add(codec.read(r.getAs("doc"), r.getAs("story")));
        }
        Map<String, String> embedded = EmbeddedStories.of(analysed);
        Clustering.Scores agreement = Clustering.score(sparkStories, embedded);
        System.out.printf("spark vs embedded (%d articles): B3-F1 %.4f%n", agreement.items(), agreement.bcubedF1());
        assertThat(agreement.bcubedF1()).isGreaterThanOrEqualTo(0.97);
        for (String set : SETS) {
            Map<String, String> gold = DevSets.gold(set);
            double s = Clustering.score(sparkStories, gold).bcubedF1();
            double e = Clustering.score(embedded, gold).bcubedF1();
            System.out.printf("%s vs gold: spark %.4f, embedded %.4f%n", set, s, e);
            assertThat(Math.abs(s - e)).isLessThanOrEqualTo(0.01);
        }
    }

    @Test
    void theSeedIsOneStoryAlone() {
        Map<String, String> gold = DevSets.gold("ceasefire-2025");
        List<Row> rows = spark.read().parquet(out.resolve("stories").toString()).collectAsList();
        List<List<String>> withSeed = new ArrayList<>();
        for (Row r : rows) {
            List<String> ids = r.getList(r.fieldIndex("articles"));
            if (ids.stream().anyMatch(gold::containsKey)) {
                withSeed.add(ids);
            }
        }
        assertThat(withSeed).hasSize(1);
        assertThat(withSeed.get(0)).containsExactlyInAnyOrderElementsOf(gold.keySet());
    }

    @Test
    void badInputsAreReportedWithReasonsAndTheRestIsAnalysed() {
        Map<String, String> skipped = new HashMap<>();
        for (Row r : spark.read().parquet(out.resolve("skipped").toString()).collectAsList()) {
            skipped.put(r.getString(0), r.getString(1));
        }
        assertThat(skipped).hasSize(4);
        assertThat(skipped.keySet()).anyMatch(k -> k.endsWith("missing"));
        assertThat(skipped.values()).anyMatch(v -> v.contains("malformed JSON"));
        assertThat(skipped.values()).anyMatch(v -> v.contains("unsupported file type"));
        assertThat(summary.analysed()).isEqualTo(141);
        assertThat(summary.exitCode()).isEqualTo(3);
    }

    @Test
    void storiesAreWrittenAsContractJsonOnePerLine() throws IOException {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(out.resolve("stories-json"))) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(lines).hasSize((int) summary.stories());
        assertThat(lines).allMatch(l -> l.startsWith("{\"id\":\"s") && l.contains("\"claims\""));
    }
}

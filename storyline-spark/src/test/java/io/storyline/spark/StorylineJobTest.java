package io.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in {@code local[2]} on the seed story and 5 basil-dev events (20 articles; the whole sets
 * are measured by {@link DevSetsRun} and {@link GroupingDiagnosis}, too slow for the build) plus bad
 * inputs: same stories as the embedded path, the seed one story alone, skipped inputs reported with
 * their reasons, contract JSON one story per line, the same story ids when regrouped.
 */
class StorylineJobTest {

    private static final List<String> SETS = List.of("ceasefire-2025", "basil-dev");
    private static final int BASIL_EVENTS = 5;

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
        inputs.add(
                eval.resolve("ceasefire-2025/articles.jsonl").toAbsolutePath().toString());
        inputs.add(basilSubset(dir).toString());
        inputs.add(bad.toString());
        inputs.add(dir.resolve("missing").toString());
        summary = StorylineJob.run(
                spark, new StorylineJob.Args(inputs, out.toString(), null, 4, true, StoryGrouping.Settings.defaults()));
    }

    /** The articles of the first {@link #BASIL_EVENTS} basil-dev events (by gold story id), in a temporary file. */
    private static Path basilSubset(Path dir) throws IOException {
        Set<String> ids = subsetIds();
        List<String> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(DevSets.eval().resolve("basil-dev/articles.jsonl"))) {
            if (!line.isBlank() && ids.contains(json.readTree(line).get("id").asText())) {
                lines.add(line);
            }
        }
        return Files.write(dir.resolve("basil-subset.jsonl"), lines, StandardCharsets.UTF_8);
    }

    private static Set<String> subsetIds() {
        Map<String, String> gold = DevSets.gold("basil-dev");
        Set<String> events =
                new TreeSet<>(gold.values()).stream().limit(BASIL_EVENTS).collect(Collectors.toSet());
        Set<String> ids = new TreeSet<>();
        gold.forEach((id, event) -> {
            if (events.contains(event)) {
                ids.add(id);
            }
        });
        return ids;
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
            Map<String, String> gold = new HashMap<>(DevSets.gold(set));
            gold.keySet().retainAll(sparkStories.keySet());
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
        assertThat(summary.analysed()).isEqualTo(5 + subsetIds().size() + 1);
        assertThat(summary.exitCode()).isEqualTo(3);
    }

    @Test
    void regroupingGivesTheSameStoryIds() {
        Map<String, String> first = new HashMap<>();
        List<Keyed> keyed = new ArrayList<>();
        ArticleCodec codec = new ArticleCodec();
        for (Row r : spark.read().parquet(out.resolve("articles").toString()).collectAsList()) {
            StoredArticle a = codec.read(r.getAs("doc"), r.getAs("story"));
            first.put(a.id(), a.story());
            keyed.add(new Keyed(
                    a.id(), StreamOrder.key(a.id(), a.article().published()), FeatureCodec.encode(a.features())));
        }
        java.util.Collections.reverse(keyed);
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<String, String> again = new HashMap<>();
        new StoryGrouping(StoryGrouping.Settings.defaults())
                .group(sc.parallelize(keyed, 3))
                ._1()
                .collect()
                .forEach(t -> again.put(t._1(), t._2().story()));
        assertThat(again).isEqualTo(first);
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

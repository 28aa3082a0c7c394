package io.storyline.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StandardPipeline;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.core.Article;
import io.storyline.digest.StoryDigester;
import io.storyline.ingest.InputReader;
import io.storyline.ingest.ReadResult;
import io.storyline.store.ArticleLoader;
import io.storyline.store.LoadListener;
import io.storyline.store.Store;
import io.storyline.store.StoryDigests;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stream processor against a real KRaft broker on loopback, with real producer and consumer clients. */
class StreamProcessorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** basil-dev articles the kill-and-restart test streams (the first 10 of its events, three outlets each). */
    private static final int ARTICLES = 30;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    @SuppressWarnings("NullAway.Init")
    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.start(shared);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void badRecordsGoToTheDeadLetterTopicWithTheirReasonAndTheStreamGoesOn() throws Exception {
        broker.createTopics(1, "dl-in", "dl-out", "dl-dead");
        List<byte[]> values = new ArrayList<>();
        values.add(utf8("{\"id\": \"good-1\", \"text\": \"The harbour crane at Kestrel was repaired on Monday, "
                + "officials said. Workers said the repair took five hours.\", \"published\": \"2025-03-10\"}"));
        values.add(utf8("{\"id\": \"broken\", \"text\": "));
        values.add(new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        values.add(utf8("{\"id\": \"no-text\", \"title\": \"Only a title\"}"));
        values.add(utf8("{\"id\": \"bad date\", \"text\": \"Some text.\"}"));
        values.add(null);
        values.add(utf8("{\"id\": \"good-2\", \"text\": \"The harbour crane at Kestrel was repaired on Monday, "
                + "officials said. Workers said the repair took five hours and cost little.\", "
                + "\"published\": \"2025-03-10\"}"));
        produce("dl-in", values);
        // after the first batch is committed: the same id with another text
        byte[] conflicting = utf8("{\"id\": \"good-1\", \"text\": \"Another text under the same id.\"}");

        Map<String, Integer> events = new HashMap<>();
        try (Store store = Store.open(dir.resolve("data"));
                StreamProcessor p = StreamProcessor.open(
                        config("dl-in", "dl-out", "dl-dead", "dl-group", Map.of()),
                        store,
                        light(),
                        AssemblyOptions.defaults(),
                        new StoryDigests(new StoryDigester(null), 0, store),
                        1)) {
            Thread t = new Thread(() -> p.run(new StreamProcessor.Listener() {}));
            t.start();
            awaitCommitted("dl-group", "dl-in", values.size(), Duration.ofSeconds(60));
            values.add(conflicting);
            produce("dl-in", List.of(conflicting));
            awaitCommitted("dl-group", "dl-in", values.size(), Duration.ofSeconds(60));
            p.stop();
            t.join(30_000);
            assertThat(store.stories().values().stream().flatMap(List::stream).toList())
                    .containsExactlyInAnyOrder("good-1", "good-2");
        }
        List<ConsumerRecord<byte[], byte[]>> dead = readAll("dl-dead", 6);
        Map<Long, String> reasons = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : dead) {
            long offset = Long.parseLong(header(r, DeadLetters.OFFSET));
            reasons.put(offset, header(r, DeadLetters.REASON));
            assertThat(header(r, DeadLetters.TOPIC)).isEqualTo("dl-in");
            assertThat(r.value()).as("the dead letter keeps the record's value").isEqualTo(values.get((int) offset));
        }
        assertThat(reasons.keySet()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 7L);
        assertThat(reasons.get(1L)).startsWith("malformed JSON");
        assertThat(reasons.get(2L)).contains("binary");
        assertThat(reasons.get(3L)).contains("neither \"text\" nor \"html\"");
        assertThat(reasons.get(4L)).startsWith("id must match");
        assertThat(reasons.get(5L)).contains("tombstone");
        assertThat(reasons.get(7L)).contains("already stored with a different text");
        for (ConsumerRecord<byte[], byte[]> r : readAll("dl-out", 1)) {
            JsonNode e = JSON.readTree(r.value());
            e.get("articles").forEach(a -> events.merge(a.asText(), 1, Integer::sum));
            assertThat(new String(r.key(), StandardCharsets.UTF_8))
                    .isEqualTo(e.get("story").asText());
        }
        assertThat(events).containsOnlyKeys("good-1", "good-2");
    }

    @Test
    void killedAtRandomPointsAndRestartedLosesNothingDoublesNothingAndBuildsTheStoriesOfABatchLoad() throws Exception {
        broker.createTopics(1, "kr-in", "kr-out", "kr-dead");
        Path jsonl = sharedEval().resolve("basil-dev/articles.jsonl");
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .limit(ARTICLES)
                .toList();
        produce("kr-in", lines.stream().map(StreamProcessorTest::utf8).toList());
        Path data = dir.resolve("stream-data");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> rounds = new ArrayList<>();
        try (Admin admin = broker.admin()) {
            for (int round = 0; round < 3 && committed(admin, "crash-group", "kr-in") < lines.size(); round++) {
                Process child = child(data);
                BlockingQueue<String> said = lines(child);
                List<String> batches = new ArrayList<>();
                int killAfter = random.nextInt(3);
                String first = said.poll(2, TimeUnit.MINUTES); // the models are loaded
                assertThat(first).as("seed %d: the child's first line", seed).isEqualTo("ready");
                // kill after a random number of committed batches and a random pause: in the analysis, between
                // the store and the commit, or idle; not waiting forever if the records run out first
                while (batches.size() < killAfter
                        && child.isAlive()
                        && committed(admin, "crash-group", "kr-in") < lines.size()) {
                    String line = said.poll(500, TimeUnit.MILLISECONDS);
                    if (line != null && line.startsWith("batch ")) {
                        batches.add(line);
                    }
                }
                assertThat(child.isAlive()).as("seed %d: the child runs", seed).isTrue();
                Thread.sleep(random.nextInt(2000));
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
                said.drainTo(batches);
                rounds.add("round " + round + ": killed after " + killAfter + " batches and a pause; it said "
                        + batches.stream().filter(l -> l.startsWith("batch ")).toList());
            }
        }
        Process last = child(data);
        try {
            awaitCommitted("crash-group", "kr-in", lines.size(), Duration.ofMinutes(3));
        } finally {
            last.destroyForcibly();
            last.waitFor(30, TimeUnit.SECONDS);
        }
        System.out.println("seed " + seed + "\n" + String.join("\n", rounds));

        Map<String, List<String>> streamed;
        int stored;
        try (Store store = Store.open(data)) {
            streamed = store.stories();
            stored = store.size();
        }
        List<Article> articles = new InputReader()
                .readAll(List.of(jsonl)).stream()
                        .map(r -> ((ReadResult.Read) r).article())
                        .limit(ARTICLES)
                        .toList();
        assertThat(stored).as("seed %d: every article stored once", seed).isEqualTo(articles.size());
        Map<String, List<String>> batch;
        try (Store store = Store.open(dir.resolve("batch-data"));
                ArticleLoader loader = ArticleLoader.open(store, light(), AssemblyOptions.defaults(), 2)) {
            loader.load(articles.iterator(), new LoadListener() {});
            batch = store.stories();
        }
        assertThat(streamed)
                .as("seed %d: the same stories as a batch load", seed)
                .isEqualTo(batch);

        Set<String> announced = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> r : readAll("kr-out", 1)) {
            JSON.readTree(r.value()).get("articles").forEach(a -> announced.add(a.asText()));
        }
        assertThat(announced)
                .as("seed %d: every article is in a story-update event", seed)
                .containsExactlyInAnyOrderElementsOf(
                        articles.stream().map(Article::id).toList());
        assertThat(readAll("kr-dead", 0)).isEmpty();
    }

    /** The lines {@code child} prints, as they come (read on a daemon thread). */
    private static BlockingQueue<String> lines(Process child) {
        BlockingQueue<String> out = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.add(line);
                }
            } catch (java.io.IOException e) {
                // the child was killed
            }
        });
        t.setDaemon(true);
        t.start();
        return out;
    }

    private Process child(Path data) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Xmx768m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StreamChild.class.getName(),
                        broker.bootstrap(),
                        "kr-in",
                        "kr-out",
                        "kr-dead",
                        "crash-group",
                        data.toString())
                .redirectErrorStream(true)
                .start();
    }

    private static Path sharedEval() {
        String prop = System.getProperty("storyline.shared");
        for (Path p :
                List.of(Path.of(prop == null ? "../shared" : prop), Path.of("../shared"), Path.of("../../shared"))) {
            if (Files.isDirectory(p.resolve("eval/basil-dev"))) {
                return p.resolve("eval");
            }
        }
        return Path.of("../shared/eval");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Pipeline light() {
        return Lazy.LIGHT;
    }

    private static final class Lazy {
        static final Pipeline LIGHT = StandardPipeline.create(new StandardPipeline.Options(false, 600));
    }

    private static StreamConfig config(String in, String out, String dead, String group, Map<String, String> client) {
        return new StreamConfig(broker.bootstrap(), in, out, dead, group, client);
    }

    static void produce(String topic, List<byte[]> values) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
            for (byte[] v : values) {
                producer.send(new ProducerRecord<>(topic, null, v)).get();
            }
        }
    }

    static List<ConsumerRecord<byte[], byte[]>> readAll(String topic, int atLeast) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition()))
                    .toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline)
                    && (out.size() < atLeast
                            || parts.stream().anyMatch(tp -> c.position(tp) < end.getOrDefault(tp, 0L)))) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    static void awaitCommitted(String group, String topic, long records, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = broker.admin()) {
            while (committed(admin, group, topic) < records) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("group " + group + " did not commit " + records + " records of " + topic
                            + " in " + timeout + "; committed " + committed(admin, group, topic));
                }
                Thread.sleep(200);
            }
        }
    }

    static long committed(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS);
        return offsets.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset())
                .sum();
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        assertThat(h).as("header %s", name).isNotNull();
        return new String(h.value(), StandardCharsets.UTF_8);
    }
}

package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.analysis.Pipeline;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.core.Article;
import io.storyline.store.Store;
import io.storyline.stream.StreamConfig;
import io.storyline.stream.StreamProcessor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Latency of {@code storyline stream} against a real broker: a producer sends dev articles at a steady
 * rate; the time from each send to the story-update event naming the article, as a consumer of the
 * output topic sees it (p50/p95/p99), whether the lag grows, and the drain rate of a backlog (the
 * highest rate the processor sustains). Each run has fresh topics and a fresh data directory.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "stream",
        description = "Produce-to-story-update latency of the stream processor at steady rates, and its "
                + "throughput on a backlog, against the broker at --bootstrap (fresh topics per run).")
final class BenchStreamCommand implements Callable<Integer> {

    @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT", description = "Kafka brokers.")
    String bootstrap = "";

    @Option(names = "--rates", split = ",", description = "Articles per second (default: 20,50).")
    List<Integer> rates = List.of(20, 50);

    @Option(names = "--seconds", description = "Seconds of producing per rate (default: 30).")
    int seconds = 30;

    @Option(names = "--backlog", description = "Articles sent at once to measure throughput (0: skip; default: 300).")
    int backlog = 300;

    @Option(names = "--drain", description = "Seconds to wait for the last events after producing (default: 60).")
    int drain = 60;

    @Option(names = "--shared", paramLabel = "DIR", description = "The evaluation folder (default: ../shared/eval).")
    Path shared = Path.of("");

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path root = EvalSets.sharedEval(shared);
        List<Article> articles = new ArrayList<>();
        for (String set : List.of("basil-dev", "ecbplus-dev", "polnear-dev")) {
            articles.addAll(EvalSets.articles(root.resolve(set)));
        }
        out.printf(
                "machine: %d cores, load average %.1f at start (shared with other work), max heap %d MB; "
                        + "%d dev articles (basil-dev, ecbplus-dev, polnear-dev); %d analysis threads, embeddings %s%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20,
                articles.size(),
                analysis.threads,
                analysis.noEmbeddings ? "off" : "on");
        out.flush();
        Pipeline pipeline = analysis.pipeline();
        for (int rate : rates) {
            print(out, "steady " + rate + "/s", run(pipeline, articles, rate, rate * seconds));
        }
        if (backlog > 0) {
            print(out, "backlog of " + backlog, run(pipeline, articles, 0, backlog));
        }
        return 0;
    }

    /** What one run measured. */
    record Result(
            int sent,
            List<Long> latencyMillis,
            double seconds,
            double loadAverage,
            boolean growing,
            long loadMillis,
            long digestMillis) {
        Result {
            latencyMillis = List.copyOf(latencyMillis);
        }
    }

    private void print(PrintWriter out, String label, Result r) {
        long[] l = r.latencyMillis().stream().mapToLong(Long::longValue).toArray();
        out.printf(
                "%-18s %4d sent, %4d story-update events seen in %.1f s (%.1f articles/s); latency p50 %s p95 %s "
                        + "p99 %s max %s; lag %s; load average %.1f; processor time %.1f s analysing and storing, "
                        + "%.1f s digesting%n",
                label,
                r.sent(),
                l.length,
                r.seconds(),
                l.length / Math.max(1e-9, r.seconds()),
                seconds(l, 0.50),
                seconds(l, 0.95),
                seconds(l, 0.99),
                seconds(l, 1.0),
                r.growing() ? "GROWS (not sustained)" : "steady",
                r.loadAverage(),
                r.loadMillis() / 1000.0,
                r.digestMillis() / 1000.0);
        out.flush();
    }

    private static String seconds(long[] sorted, double q) {
        if (sorted.length == 0) {
            return "-";
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return String.format(java.util.Locale.ROOT, "%.2fs", sorted[Math.max(0, i)] / 1000.0);
    }

    /** Sends {@code n} articles at {@code rate} per second (0: all at once) and times their events. */
    private Result run(Pipeline pipeline, List<Article> articles, int rate, int n) throws Exception {
        String prefix = "bench-" + System.currentTimeMillis() + "-" + (rate == 0 ? "backlog" : rate);
        createTopics(prefix);
        Path data = Files.createTempDirectory("storyline-bench-stream");
        Map<String, Long> sent = new ConcurrentHashMap<>();
        Map<String, Long> latency = new ConcurrentHashMap<>();
        AtomicBoolean done = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicLong loadMillis = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong digestMillis = new java.util.concurrent.atomic.AtomicLong();
        StreamConfig config =
                new StreamConfig(bootstrap, prefix + "-in", prefix + "-out", prefix + "-dead", prefix, Map.of());
        long t0;
        long lastEvent;
        try (Store store = Store.open(data);
                Views views = Views.open(!analysis.noEmbeddings, store);
                StreamProcessor processor = StreamProcessor.open(
                        config, store, pipeline, AssemblyOptions.defaults(), views.digests(), analysis.threads)) {
            Thread worker = new Thread(
                    () -> processor.run(new StreamProcessor.Listener() {
                        @Override
                        public void batch(StreamProcessor.BatchSummary s) {
                            loadMillis.addAndGet(s.loadMillis());
                            digestMillis.addAndGet(s.digestMillis());
                        }
                    }),
                    "stream");
            worker.start();
            long[] last = {0};
            Thread events = new Thread(() -> watch(prefix + "-out", sent, latency, last, done), "events");
            events.start();
            t0 = System.nanoTime();
            produce(prefix + "-in", articles, rate, n, sent, t0);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(drain);
            while (latency.size() < n && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            done.set(true);
            processor.stop();
            worker.join(60_000);
            events.join(10_000);
            lastEvent = last[0];
        } finally {
            deleteTree(data);
        }
        List<String> order = new ArrayList<>(sent.keySet());
        order.sort(Comparator.comparing(sent::get));
        List<Long> sorted = latency.values().stream().sorted().toList();
        return new Result(
                n,
                sorted,
                (lastEvent - t0) / 1e9,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                growing(order, latency),
                loadMillis.get(),
                digestMillis.get());
    }

    /** Creates the run's input, output and dead-letter topics, one partition each. */
    private void createTopics(String prefix) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(Stream.of("in", "out", "dead")
                            .map(t -> new NewTopic(prefix + "-" + t, 1, (short) 1))
                            .toList())
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
    }

    /** Whether the last quarter of the articles waited 2 s longer than the first (or some never came). */
    private static boolean growing(List<String> order, Map<String, Long> latency) {
        if (latency.size() < order.size()) {
            return true;
        }
        int q = Math.max(1, order.size() / 4);
        double first =
                order.subList(0, q).stream().mapToLong(latency::get).average().orElse(0);
        double last = order.subList(order.size() - q, order.size()).stream()
                .mapToLong(latency::get)
                .average()
                .orElse(0);
        return last - first > 2000;
    }

    private void produce(String topic, List<Article> articles, int rate, int n, Map<String, Long> sent, long t0)
            throws InterruptedException, java.util.concurrent.ExecutionException {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        List<java.util.concurrent.Future<?>> sends = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
            for (int i = 0; i < n; i++) {
                if (rate > 0) {
                    long due = t0 + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                Article a = articles.get(i % articles.size());
                String id = i < articles.size() ? a.id() : a.id() + "-" + (i / articles.size());
                byte[] value = record(a, id);
                sent.put(id, System.nanoTime());
                sends.add(producer.send(new ProducerRecord<>(topic, null, value)));
            }
            producer.flush();
            for (java.util.concurrent.Future<?> f : sends) {
                f.get();
            }
        }
    }

    /** The article as the contract's JSON article object, under {@code id}. */
    private byte[] record(Article a, String id) {
        ObjectNode o = json.createObjectNode();
        o.put("id", id);
        o.put("title", a.title());
        o.put("text", a.text());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("outlet", a.outlet());
        o.put("url", a.url());
        o.put("language", a.language());
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the events of {@code topic} until {@code done}, noting each article's first event. */
    private void watch(
            String topic, Map<String, Long> sent, Map<String, Long> latency, long[] last, AtomicBoolean done) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p)) {
            TopicPartition tp = new TopicPartition(topic, 0);
            c.assign(List.of(tp));
            c.seekToBeginning(List.of(tp));
            while (!done.get()) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    JsonNode event = json.readTree(r.value());
                    for (JsonNode a : event.get("articles")) {
                        Long at = sent.get(a.asText());
                        if (at != null && latency.putIfAbsent(a.asText(), (now - at) / 1_000_000) == null) {
                            last[0] = now;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

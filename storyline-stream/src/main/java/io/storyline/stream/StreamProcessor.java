package io.storyline.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.analysis.Pipeline;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.core.Article;
import io.storyline.ingest.InputReader;
import io.storyline.store.ArticleLoader;
import io.storyline.store.Store;
import io.storyline.store.StoryDigests;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Storyline as a Kafka stream processor: reads contract-JSON articles from a topic, analyses them,
 * assigns them to stories in the embedded {@link Store}, and publishes one {@link StoryUpdate} per
 * story a batch changed; bad records go, unchanged and with the reason, to the dead-letter topic
 * ({@link DeadLetters}) and the stream goes on.
 *
 * <p>Delivery: a batch (one poll) is stored (each article in its own transaction), its events and
 * dead letters are published and flushed, and only then are its offsets committed. Killed anywhere,
 * a restart reads the uncommitted records again; an article already stored with the same content
 * hash is not stored again (idempotent by id and hash) but its story's event is published again, so
 * the store gets every article once and the output topic every event at least once (keyed by story,
 * with the store's position as the version to drop repeats by). A story that only received or lost
 * stored articles through story assembly's moves gets an event too ({@link StoryMoves}); killed between
 * storing a batch and publishing its events, such a story's event is not published again on restart
 * (its articles are stored, so nothing moves a second time). Story assembly takes records in the order
 * polled: one input partition replays to the same stories.
 *
 * <p>One processor per store, run from one thread; {@link #stop} may be called from any thread.
 */
public final class StreamProcessor implements AutoCloseable {

    /** Hears what the processor does; called from its thread. */
    public interface Listener {
        /** A batch was stored, published and committed. */
        default void batch(BatchSummary summary) {}

        /** A bad record went to the dead-letter topic. */
        default void deadLetter(String record, String reason) {}
    }

    /**
     * What one batch did.
     *
     * @param records records polled
     * @param stored articles stored
     * @param redelivered articles already stored with the same text (read again after a restart)
     * @param deadLetters records sent to the dead-letter topic
     * @param events story-update events published
     * @param millis time from poll to commit
     * @param loadMillis of which reading, analysing, assigning and storing the articles
     * @param digestMillis of which digesting the changed stories before and after, for the events
     */
    public record BatchSummary(
            int records,
            int stored,
            int redelivered,
            int deadLetters,
            int events,
            long millis,
            long loadMillis,
            long digestMillis) {}

    private static final Duration POLL = Duration.ofMillis(500);

    private final StreamConfig config;
    private final Store store;
    private final ArticleLoader loader;
    private final StoryDigests digests;
    private final InputReader reader = new InputReader();
    private final ObjectMapper json = new ObjectMapper();
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;
    private final ExecutorService digestPool;
    private volatile boolean stopping;

    private StreamProcessor(StreamConfig config, Store store, ArticleLoader loader, StoryDigests digests, int threads) {
        this.config = config;
        this.store = store;
        this.loader = loader;
        this.digests = digests;
        this.digestPool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "storyline-digests");
            t.setDaemon(true);
            return t;
        });
        this.consumer = new KafkaConsumer<>(config.consumer());
        this.producer = new KafkaProducer<>(config.producer());
    }

    /**
     * A processor writing to {@code store} (story assembly restored from it), digesting with {@code
     * digests} (which should store digests in {@code store}), analysing and digesting on {@code threads}
     * threads.
     */
    public static StreamProcessor open(
            StreamConfig config,
            Store store,
            Pipeline pipeline,
            AssemblyOptions assembly,
            StoryDigests digests,
            int threads) {
        return new StreamProcessor(
                config, store, ArticleLoader.open(store, pipeline, assembly, threads), digests, threads);
    }

    /** Processes the input topic until {@link #stop}. */
    public void run(Listener listener) {
        consumer.subscribe(List.of(config.in()));
        try {
            while (!stopping) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                if (!records.isEmpty()) {
                    process(records, listener);
                }
            }
        } catch (WakeupException e) {
            if (!stopping) {
                throw e;
            }
        }
    }

    /** Makes {@link #run} return soon (a batch being processed is not committed). Thread-safe. */
    public void stop() {
        stopping = true;
        try {
            consumer.wakeup();
        } catch (IllegalStateException e) {
            // already closed: nothing to wake
        }
    }

    private void process(ConsumerRecords<byte[], byte[]> records, Listener listener) {
        long t0 = System.nanoTime();
        StreamBatch batch = new StreamBatch(listener, reader, config, store, digests, producer);
        List<Article> articles = batch.read(records);
        try (ArticleLoader.Session session = loader.session(batch)) {
            articles.forEach(session);
        }
        long t1 = System.nanoTime();
        Map<String, List<String>> byStory = new LinkedHashMap<>();
        for (String id : batch.joined()) {
            String story = store.storyOf(id).orElseThrow();
            byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(id);
        }
        // stories that only received or lost stored articles through a move change too (a story the
        // batch retired is gone: the story it merged into names it)
        List<StoryMoves.Move> moves = batch.moves.net(batch.stored);
        for (StoryMoves.Move m : moves) {
            for (String story : List.of(m.to(), m.from())) {
                if (!byStory.containsKey(story) && !store.story(story).isEmpty()) {
                    byStory.put(story, new ArrayList<>());
                }
            }
        }
        long version = store.lastPosition();
        // the changed stories are digested in parallel (digester, store and views are thread-safe) and
        // their events published in the order of the batch
        List<Future<StoryUpdate>> updates = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byStory.entrySet()) {
            updates.add(digestPool.submit(() -> batch.update(e.getKey(), e.getValue(), moves, version)));
        }
        for (Future<StoryUpdate> f : updates) {
            StoryUpdate update = result(f);
            batch.send(new ProducerRecord<>(
                    config.out(),
                    update.story().getBytes(StandardCharsets.UTF_8),
                    update.toJson(json).getBytes(StandardCharsets.UTF_8)));
        }
        long t2 = System.nanoTime();
        batch.awaitSends();
        consumer.commitSync(nextOffsets(records));
        listener.batch(new BatchSummary(
                records.count(),
                batch.stored.size(),
                batch.redelivered.size(),
                batch.deadLetters,
                byStory.size(),
                (System.nanoTime() - t0) / 1_000_000,
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000));
    }

    private static StoryUpdate result(Future<StoryUpdate> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot digest a story: " + cause, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while digesting", e);
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        for (TopicPartition p : records.partitions()) {
            List<ConsumerRecord<byte[], byte[]>> rs = records.records(p);
            out.put(p, new OffsetAndMetadata(rs.get(rs.size() - 1).offset() + 1));
        }
        return out;
    }

    @Override
    public void close() {
        try {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        } finally {
            producer.close(Duration.ofSeconds(5));
            loader.close();
            digestPool.shutdownNow();
        }
    }
}

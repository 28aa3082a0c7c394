package io.storyline.stream;

import io.storyline.core.Article;
import io.storyline.digest.StoryDigest;
import io.storyline.ingest.InputReader;
import io.storyline.ingest.ReadResult;
import io.storyline.store.LoadListener;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryDigests;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jspecify.annotations.Nullable;

/**
 * One poll's records on their way through a {@link StreamProcessor}: what was read, stored, merged
 * and sent, and each changed story's event. Used from the processor's thread, and {@link #update}
 * from its digest threads (it reads the store and what the loading recorded).
 */
final class StreamBatch implements LoadListener {
    final StreamProcessor.Listener listener;
    private final InputReader reader;
    private final StreamConfig config;
    private final Store store;
    private final StoryDigests digests;
    private final KafkaProducer<byte[], byte[]> producer;
    final Map<String, ConsumerRecord<byte[], byte[]>> recordOf = new HashMap<>();
    final Map<String, String> textOf = new HashMap<>();
    final Set<String> stored = new LinkedHashSet<>();
    final Set<String> redelivered = new LinkedHashSet<>();
    final Map<String, String> mergedInto = new LinkedHashMap<>();
    final StoryMoves moves = new StoryMoves();
    final List<Future<RecordMetadata>> sends = new ArrayList<>();
    int deadLetters;

    StreamBatch(
            StreamProcessor.Listener listener,
            InputReader reader,
            StreamConfig config,
            Store store,
            StoryDigests digests,
            KafkaProducer<byte[], byte[]> producer) {
        this.listener = listener;
        this.reader = reader;
        this.config = config;
        this.store = store;
        this.digests = digests;
        this.producer = producer;
    }

    /** The good articles of {@code records}, each id once; bad records go to the dead-letter topic. */
    List<Article> read(ConsumerRecords<byte[], byte[]> records) {
        List<Article> out = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            String origin = DeadLetters.origin(r);
            byte[] value = r.value();
            ReadResult read = value == null
                    ? new ReadResult.Skipped(origin, "record has no value (a tombstone); expected an article object")
                    : reader.readJson(origin, value);
            if (read instanceof ReadResult.Skipped s) {
                deadLetter(r, s.reason());
                continue;
            }
            Article a = ((ReadResult.Read) read).article();
            String text = textOf.putIfAbsent(a.id(), a.text());
            if (text == null) {
                recordOf.put(a.id(), r);
                out.add(a);
            } else if (!text.equals(a.text())) {
                deadLetter(
                        r,
                        "article id " + a.id() + " occurs twice in this batch with different texts; the first ("
                                + DeadLetters.origin(record(a.id())) + ") was kept");
            }
        }
        return out;
    }

    ConsumerRecord<byte[], byte[]> record(String id) {
        ConsumerRecord<byte[], byte[]> r = recordOf.get(id);
        if (r == null) {
            throw new IllegalStateException("article " + id + " was not read in this batch");
        }
        return r;
    }

    @Override
    public void stored(StoredArticle a) {
        stored.add(a.id());
    }

    @Override
    public void unchanged(String id) {
        redelivered.add(id);
    }

    @Override
    public void skipped(String input, String reason) {
        ConsumerRecord<byte[], byte[]> r = recordOf.get(input);
        if (r == null) {
            throw new IllegalStateException("skipped " + input + " which this batch did not read: " + reason);
        }
        deadLetter(r, reason);
    }

    @Override
    public void merged(String from, String into) {
        mergedInto.put(from, into);
    }

    @Override
    public void moved(String article, String from, String into) {
        moves.moved(article, from, into);
    }

    /** The articles of this batch now in the store, in record order. */
    List<String> joined() {
        List<String> out = new ArrayList<>();
        recordOf.keySet().stream()
                .filter(id -> stored.contains(id) || redelivered.contains(id))
                .forEach(out::add);
        out.sort(java.util.Comparator.comparingLong(id -> record(id).offset()));
        return out;
    }

    /**
     * The event of {@code story}, which {@code ids} of this batch joined, comparing it with the story
     * before the batch: without those articles and the ones {@code moves} brought in, with the ones
     * they took out.
     */
    StoryUpdate update(String story, List<String> ids, List<StoryMoves.Move> moves, long version) {
        List<StoredArticle> after = StoryDigests.inStoryOrder(store.story(story));
        List<StoryMoves.Move> in =
                moves.stream().filter(m -> m.to().equals(story)).toList();
        List<StoryMoves.Move> out =
                moves.stream().filter(m -> m.from().equals(story)).toList();
        Set<String> fresh = new HashSet<>(ids);
        Set<String> arrived = new HashSet<>();
        in.forEach(m -> arrived.add(m.article()));
        List<StoredArticle> kept = new ArrayList<>();
        after.stream()
                .filter(a -> !fresh.contains(a.id()) && !arrived.contains(a.id()))
                .forEach(kept::add);
        out.forEach(m -> store.article(m.article()).ifPresent(kept::add));
        List<StoredArticle> before = StoryDigests.inStoryOrder(kept);
        @Nullable StoryDigest was = before.isEmpty() ? null : digests.of(before);
        StoryDigest now = digests.of(after);
        List<String> articles =
                after.stream().map(StoredArticle::id).filter(fresh::contains).toList();
        List<String> origins =
                articles.stream().map(id -> DeadLetters.origin(record(id))).toList();
        return new StoryUpdate(
                story,
                version,
                after.size(),
                articles,
                origins,
                ids.stream().anyMatch(redelivered::contains),
                mergedInto(story),
                in,
                out,
                StoryChanges.between(was, now));
    }

    /** The stories this batch merged into {@code story}, directly or through another merged story. */
    private List<String> mergedInto(String story) {
        List<String> out = new ArrayList<>();
        for (String from : mergedInto.keySet()) {
            String to = mergedInto.get(from);
            Set<String> seen = new HashSet<>();
            while (to != null && mergedInto.containsKey(to) && seen.add(to)) {
                to = mergedInto.get(to);
            }
            if (story.equals(to)) {
                out.add(from);
            }
        }
        return out;
    }

    void deadLetter(ConsumerRecord<byte[], byte[]> r, String reason) {
        deadLetters++;
        send(DeadLetters.of(config.deadLetter(), r, reason));
        listener.deadLetter(DeadLetters.origin(r), reason);
    }

    void send(ProducerRecord<byte[], byte[]> r) {
        sends.add(producer.send(r));
    }

    /** Flushes the producer; fails if any record of this batch was not written. */
    void awaitSends() {
        producer.flush();
        for (Future<RecordMetadata> f : sends) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new StreamException("cannot publish to Kafka: " + e.getCause(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StreamException("interrupted while publishing", e);
            }
        }
    }
}

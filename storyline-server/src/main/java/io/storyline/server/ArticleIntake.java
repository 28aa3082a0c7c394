package io.storyline.server;

import io.storyline.analysis.Pipeline;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.ingest.ArticleBodyReader;
import io.storyline.ingest.InputReader;
import io.storyline.ingest.ReadResult;
import io.storyline.store.ArticleLoader;
import io.storyline.store.LoadListener;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.WriterBusyException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Adds the articles of one request body to the store, as {@code storyline analyze} would: the body is
 * read by {@link ArticleBodyReader} (the CLI's validation and reasons), every readable article is
 * analysed, assigned to a story and stored in its own transaction; an item that is rejected stores
 * nothing. The pipeline is loaded on the first body that has an article. Story assembly is restored
 * from the store when another process has written to it since the last body. Thread-safe: bodies are
 * added one at a time.
 */
final class ArticleIntake implements AutoCloseable {

    /**
     * What happened to one item of a body.
     *
     * @param input the item: {@code body}, {@code body[2]} or {@code body:line 3}
     * @param id the article id, or null when the item could not be read
     * @param status {@code stored}, {@code unchanged} (already stored with the same text) or {@code rejected}
     * @param story the story it joined (stored or unchanged), or null
     * @param reason why it was rejected, or null
     */
    record Item(
            String input,
            @Nullable String id,
            String status,
            @Nullable String story,
            @Nullable String reason) {}

    private final Store store;
    private final Supplier<Pipeline> pipeline;
    private final int threads;
    private final ArticleBodyReader reader;
    private @Nullable ArticleLoader loader;
    private long position = -1;

    ArticleIntake(Store store, Supplier<Pipeline> pipeline, int threads, long maxRecordBytes) {
        this.store = store;
        this.pipeline = pipeline;
        this.threads = threads;
        this.reader = new ArticleBodyReader(new InputReader.Options(maxRecordBytes));
    }

    /** Reads, analyses and stores the articles of {@code body}; one result per item, in body order. */
    synchronized List<Item> add(byte[] body) {
        List<ReadResult> read = new ArrayList<>();
        reader.read("body", body, read::add);
        List<Item> items = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        for (ReadResult r : read) {
            if (r instanceof ReadResult.Read ok) {
                pending.add(items.size());
                items.add(new Item(r.input(), ok.article().id(), "pending", null, null));
            } else if (r instanceof ReadResult.Skipped s) {
                items.add(new Item(s.input(), null, "rejected", null, s.reason()));
            }
        }
        if (pending.isEmpty()) {
            return items;
        }
        ArticleLoader l = loader();
        try (ArticleLoader.Session session = l.session(new Listener(items, pending))) {
            for (ReadResult r : read) {
                if (r instanceof ReadResult.Read ok) {
                    session.accept(ok.article());
                }
            }
        } catch (WriterBusyException e) {
            // analyze or watch is writing to this directory: the client may try again when it is done
            throw new ApiException(503, e.getMessage() + " (nothing from this body was stored)", null);
        }
        position = store.lastPosition();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.status().equals("unchanged") && item.id() != null) {
                String story =
                        store.article(item.id()).map(StoredArticle::story).orElse(null);
                items.set(i, new Item(item.input(), item.id(), item.status(), story, null));
            } else if (item.status().equals("pending")) {
                items.set(i, new Item(item.input(), item.id(), "rejected", null, "not analysed"));
            }
        }
        return items;
    }

    private ArticleLoader loader() {
        if (loader != null && store.lastPosition() != position) {
            // Another process added articles: its stories must be known before ours are assigned.
            loader.close();
            loader = null;
        }
        if (loader == null) {
            loader = ArticleLoader.open(store, pipeline.get(), AssemblyOptions.defaults(), threads);
        }
        return loader;
    }

    @Override
    public synchronized void close() {
        if (loader != null) {
            loader.close();
        }
    }

    /** Fills in the pending items as the loader reports on them, matching by article id in body order. */
    private static final class Listener implements LoadListener {
        private final List<Item> items;
        private final List<Integer> pending;

        Listener(List<Item> items, List<Integer> pending) {
            this.items = items;
            this.pending = pending;
        }

        @Override
        public void stored(StoredArticle a) {
            settle(a.id(), "stored", a.story(), null);
        }

        @Override
        public void unchanged(String id) {
            settle(id, "unchanged", null, null);
        }

        @Override
        public void skipped(String input, String reason) {
            settle(input, "rejected", null, reason);
        }

        private void settle(String id, String status, @Nullable String story, @Nullable String reason) {
            for (int i = 0; i < pending.size(); i++) {
                int at = pending.get(i);
                Item item = items.get(at);
                if (id.equals(item.id())) {
                    items.set(at, new Item(item.input(), id, status, story, reason));
                    pending.remove(i);
                    return;
                }
            }
        }
    }
}

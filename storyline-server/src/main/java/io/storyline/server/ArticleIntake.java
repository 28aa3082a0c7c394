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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Adds the articles of request bodies to the store, as {@code storyline analyze} would: a body is read
 * by {@link ArticleBodyReader} (the CLI's validation and reasons), every readable article is analysed,
 * assigned to a story and stored in its own transaction; an item that is rejected stores nothing. The
 * pipeline is loaded on the first body that has an article. Story assembly is restored from the store
 * when another process has written to it since the last body.
 *
 * <p>Group commit: bodies posted while another is being added wait, then are added together by one of
 * their threads in one loader session (one write lock, their articles analysed in parallel, each still
 * stored in its own transaction), in the order they arrived, as if one after the other: a body holding
 * an article id an earlier body of the group holds starts a new session, so it gets "unchanged" as it
 * would have alone. Each body's caller gets its own results only once all of its articles are stored.
 * Thread-safe.
 */
final class ArticleIntake implements AutoCloseable {

    /** The most bodies added in one session. */
    static final int GROUP = 64;

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

    /** A body waiting to be added, what was read from it, then its results or the failure its caller gets. */
    private static final class Request {
        final byte[] body;
        List<ReadResult> read = List.of();
        List<Item> items = new ArrayList<>();

        @Nullable
        RuntimeException failure;

        boolean done;

        Request(byte[] body) {
            this.body = body;
        }
    }

    private final Store store;
    private final Supplier<Pipeline> pipeline;
    private final int threads;
    private final ArticleBodyReader reader;
    /** Bodies waiting for a thread to add them; guards the requests' outcomes and {@link #adding}. */
    private final ArrayDeque<Request> queue = new ArrayDeque<>();
    /** Whether a thread is adding a group. */
    private boolean adding;

    private @Nullable ArticleLoader loader;
    private long position = -1;
    private long sessions;
    private long bodies;

    ArticleIntake(Store store, Supplier<Pipeline> pipeline, int threads, long maxRecordBytes) {
        this.store = store;
        this.pipeline = pipeline;
        this.threads = threads;
        this.reader = new ArticleBodyReader(new InputReader.Options(maxRecordBytes));
    }

    /**
     * Reads, analyses and stores the articles of {@code body}; one result per item, in body order. Returns
     * once they are stored (or rejected); bodies posted meanwhile may be added in the same session.
     */
    List<Item> add(byte[] body) {
        Request mine = new Request(body);
        boolean interrupted = false;
        synchronized (queue) {
            queue.add(mine);
        }
        while (true) {
            List<Request> group = new ArrayList<>();
            synchronized (queue) {
                while (!mine.done && adding) {
                    try {
                        queue.wait();
                    } catch (InterruptedException e) {
                        interrupted = true; // the body may be in a group already: wait for its outcome
                    }
                }
                if (mine.done) {
                    break;
                }
                adding = true;
                while (!queue.isEmpty() && group.size() < GROUP) {
                    group.add(queue.remove());
                }
            }
            try {
                addGroup(group);
            } finally {
                synchronized (queue) {
                    for (Request r : group) {
                        if (!r.done) {
                            r.failure = new IllegalStateException("the body was not added");
                            r.done = true;
                        }
                    }
                    adding = false;
                    queue.notifyAll();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        synchronized (queue) {
            RuntimeException failure = mine.failure;
            if (failure != null) {
                throw failure;
            }
            return List.copyOf(mine.items);
        }
    }

    /** How many bodies wait to be added (for tests). */
    int waiting() {
        synchronized (queue) {
            return queue.size();
        }
    }

    /** How many loader sessions added how many bodies so far: {@code {sessions, bodies}}. */
    synchronized long[] counts() {
        return new long[] {sessions, bodies};
    }

    /** Adds {@code group} in arrival order, a session per run of bodies that share no article id. */
    private synchronized void addGroup(List<Request> group) {
        List<Request> run = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Request r : group) {
            List<ReadResult> read = new ArrayList<>();
            reader.read("body", r.body, read::add);
            Set<String> own = new HashSet<>();
            for (ReadResult x : read) {
                if (x instanceof ReadResult.Read ok) {
                    own.add(ok.article().id());
                }
            }
            if (!Collections.disjoint(ids, own)) {
                addRun(run);
                run = new ArrayList<>();
                ids.clear();
            }
            ids.addAll(own);
            r.read = read;
            r.items = readItems(read);
            run.add(r);
        }
        addRun(run);
    }

    /** The items of a body as read: each readable article pending, each unreadable one rejected. */
    private static List<Item> readItems(List<ReadResult> read) {
        List<Item> items = new ArrayList<>();
        for (ReadResult r : read) {
            if (r instanceof ReadResult.Read ok) {
                items.add(new Item(r.input(), ok.article().id(), "pending", null, null));
            } else if (r instanceof ReadResult.Skipped s) {
                items.add(new Item(s.input(), null, "rejected", null, s.reason()));
            }
        }
        return items;
    }

    /** Adds the bodies of {@code run} in one session and settles each (its items, or its failure). */
    private void addRun(List<Request> run) {
        if (run.isEmpty()) {
            return;
        }
        Routing routing = new Routing();
        run.forEach(r -> routing.add(r.items));
        RuntimeException failure = null;
        if (routing.any()) {
            sessions++;
            bodies += run.size();
            try (ArticleLoader.Session session = loader().session(routing)) {
                for (Request r : run) {
                    for (ReadResult x : r.read) {
                        if (x instanceof ReadResult.Read ok) {
                            session.accept(ok.article());
                        }
                    }
                }
            } catch (WriterBusyException e) {
                // analyze or watch is writing to this directory: the client may try again when it is done
                failure = new ApiException(503, e.getMessage() + " (nothing from this body was stored)", null);
            } catch (RuntimeException e) {
                failure = e;
            }
            position = store.lastPosition();
        }
        List<List<Item>> settled = new ArrayList<>();
        if (failure == null) {
            run.forEach(r -> settled.add(settled(r.items)));
        }
        synchronized (queue) {
            for (int i = 0; i < run.size(); i++) {
                Request r = run.get(i);
                if (failure != null) {
                    r.failure = failure;
                } else {
                    r.items = settled.get(i);
                }
                r.done = true;
            }
        }
    }

    /** {@code items} with the story of each unchanged article and every item not reported rejected. */
    private List<Item> settled(List<Item> items) {
        List<Item> out = new ArrayList<>(items);
        for (int i = 0; i < out.size(); i++) {
            Item item = out.get(i);
            if (item.status().equals("unchanged") && item.id() != null) {
                String story =
                        store.article(item.id()).map(StoredArticle::story).orElse(null);
                out.set(i, new Item(item.input(), item.id(), item.status(), story, null));
            } else if (item.status().equals("pending")) {
                out.set(i, new Item(item.input(), item.id(), "rejected", null, "not analysed"));
            }
        }
        return out;
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

    /**
     * Fills in the pending items of the bodies of one session as the loader reports on them: each article
     * id goes to the body holding it (ids are unique across the bodies of a session), and within a body
     * items are matched by id in body order.
     */
    private static final class Routing implements LoadListener {
        private final Map<String, Listener> byId = new HashMap<>();

        void add(List<Item> items) {
            List<Integer> pending = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).status().equals("pending")) {
                    pending.add(i);
                }
            }
            Listener l = new Listener(items, pending);
            for (int i : pending) {
                String id = items.get(i).id();
                if (id != null) {
                    byId.put(id, l);
                }
            }
        }

        boolean any() {
            return !byId.isEmpty();
        }

        @Override
        public void stored(StoredArticle a) {
            Listener l = byId.get(a.id());
            if (l != null) {
                l.stored(a);
            }
        }

        @Override
        public void unchanged(String id) {
            Listener l = byId.get(id);
            if (l != null) {
                l.unchanged(id);
            }
        }

        @Override
        public void skipped(String input, String reason) {
            Listener l = byId.get(input);
            if (l != null) {
                l.skipped(input, reason);
            }
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

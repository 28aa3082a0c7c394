package io.storyline.server;

import io.storyline.digest.StoryDigest;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryDigests;
import io.storyline.store.StoryTitles;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The story views the pages and the API show, kept fast: a story's articles are read from the store
 * once per change of the story (the catalog's position of the story says when it changed), and its
 * digest is computed on one background thread and cached by {@link StoryDigests} (keyed by article
 * ids and content hashes). A page waits a short while for a digest and otherwise shows the story
 * without it ("being computed"); the API never waits behind the digest thread either: it shows the
 * last digest of the story (marked with its basis, so a client sees it predates the newest articles)
 * while the current one is computed, and computes a story's first digest itself ({@link #latest}).
 * Thread-safe; close it to stop the thread.
 */
final class StoryViews implements AutoCloseable {

    private final Store store;
    private final Catalog catalog;
    private final StoryDigests digests;
    private final StoryArticles articles;
    private final Map<List<String>, CompletableFuture<StoryDigest>> running = new ConcurrentHashMap<>();
    /** The last digest shown per story, most recently shown last (at most {@link #LAST}). */
    private final Map<String, StoryDigests.Based> last = new LinkedHashMap<>(16, 0.75f, true);

    private static final int LAST = 256;

    private final ExecutorService worker;
    /** Stories whose warm-up is queued on the worker and has not started. */
    private final Set<String> warming = ConcurrentHashMap.newKeySet();

    StoryViews(Store store, Catalog catalog, StoryArticles articles, StoryDigests digests) {
        this(store, catalog, articles, digests, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "storyline-digest");
            t.setDaemon(true);
            return t;
        }));
    }

    /** Views whose background digests run on {@code worker} (one thread in the server; tests hold it). */
    StoryViews(Store store, Catalog catalog, StoryArticles articles, StoryDigests digests, ExecutorService worker) {
        this.worker = worker;
        this.store = store;
        this.catalog = catalog;
        this.articles = articles;
        this.digests = digests;
    }

    StoryDigests digests() {
        return digests;
    }

    /** The articles of story {@code id} in story order, or empty when there is no such story. */
    Optional<List<StoredArticle>> articles(String id) {
        Optional<StorySummary> summary = catalog.summary(id);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        long position = summary.get().position();
        Optional<List<StoredArticle>> hit = articles.get(id, position);
        if (hit.isPresent()) {
            return hit;
        }
        List<StoredArticle> ordered = StoryDigests.inStoryOrder(store.story(id));
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        articles.put(id, position, ordered);
        return Optional.of(ordered);
    }

    /**
     * The view of story {@code id}, waiting at most {@code wait} for its digest. When the current digest
     * is not ready by then, the view holds the story's last digest marked stale (it is computed in the
     * background meanwhile), or no digest for a story never digested.
     */
    Optional<StoryView> view(String id, Duration wait) {
        return articles(id).map(ordered -> {
            StoryDigest d = digests.cached(ordered).orElse(null);
            if (d == null) {
                d = await(start(ordered), wait);
            }
            String title = StoryTitles.title(ordered);
            if (d != null) {
                return new StoryView(id, title, ordered, d, false);
            }
            StoryDigests.Based prior = prior(id, ordered);
            return prior == null
                    ? new StoryView(id, title, ordered, null, false)
                    : new StoryView(
                            id, title, ordered, prior.digest(), !prior.basis().equals(digests.basis(ordered)));
        });
    }

    /** The digest of the story made of {@code ordered}, waiting as long as it takes. */
    StoryDigest digest(List<StoredArticle> ordered) {
        StoryDigest d = digests.cached(ordered).orElse(null);
        if (d != null) {
            return d;
        }
        try {
            return start(ordered).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing a story digest", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("story digest failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * A digest of the story made of {@code ordered} (story {@code id}) without waiting behind the digest
     * thread: the current one when it is cached or stored; else the last one this server saw or the
     * store holds, which may predate the newest articles (its basis says so), while the current one is
     * computed in the background; else (a story never digested) computed on the calling thread.
     */
    StoryDigests.Based latest(String id, List<StoredArticle> ordered) {
        String basis = digests.basis(ordered);
        StoryDigest current = digests.cached(ordered).orElse(null);
        if (current != null) {
            return remember(id, new StoryDigests.Based(current, basis));
        }
        var unused = start(ordered);
        StoryDigests.Based prior = prior(id, ordered);
        if (prior != null) {
            return prior;
        }
        return remember(id, new StoryDigests.Based(digests.of(ordered), basis));
    }

    /** The last digest this server showed of story {@code id}, else the one the store holds, else null. */
    private StoryDigests.@org.jspecify.annotations.Nullable Based prior(String id, List<StoredArticle> ordered) {
        StoryDigests.Based prior;
        synchronized (last) {
            prior = last.get(id);
        }
        if (prior == null) {
            prior = digests.stored(ordered).map(p -> remember(id, p)).orElse(null);
        }
        return prior;
    }

    private StoryDigests.Based remember(String id, StoryDigests.Based shown) {
        synchronized (last) {
            last.put(id, shown);
            if (last.size() > LAST) {
                last.remove(last.keySet().iterator().next());
            }
        }
        return shown;
    }

    /**
     * Starts computing the digest of story {@code id} in the background, if it is not cached; returns at
     * once. The story is read on the digest thread when its turn comes, so a story changed by many posts
     * meanwhile is read and digested once, as it is then, not once per post.
     */
    void warm(String id) {
        if (!warming.add(id)) {
            return; // a warm-up of this story is queued and has not started: it will see this change too
        }
        try {
            worker.execute(() -> {
                warming.remove(id);
                articles(id).ifPresent(ordered -> {
                    if (digests.cached(ordered).isEmpty()) {
                        var unused = start(ordered);
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            warming.remove(id); // the views are closed: nothing to warm
        }
    }

    private CompletableFuture<StoryDigest> start(List<StoredArticle> ordered) {
        List<String> key =
                ordered.stream().map(a -> a.id() + '\u0000' + a.contentHash()).toList();
        // The task removes its own entry when done (on the worker thread, so never inside this
        // computeIfAbsent); the digest is in the StoryDigests cache by then.
        return running.computeIfAbsent(
                key,
                k -> CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                StoryDigest d = digests.of(ordered);
                                remember(ordered.get(0).story(), new StoryDigests.Based(d, digests.basis(ordered)));
                                return d;
                            } finally {
                                running.remove(k);
                            }
                        },
                        worker));
    }

    private static @org.jspecify.annotations.Nullable StoryDigest await(
            CompletableFuture<StoryDigest> f, Duration wait) {
        try {
            return f.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException("story digest failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}

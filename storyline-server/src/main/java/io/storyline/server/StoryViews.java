package io.storyline.server;

import io.storyline.digest.StoryDigest;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryDigests;
import io.storyline.store.StoryTitles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The story views the pages and the API show, kept fast: a story's articles are read from the store
 * once per change of the story (the catalog's position of the story says when it changed), and its
 * digest is computed on one background thread and cached by {@link StoryDigests} (keyed by article
 * ids and content hashes). A page waits a short while for a digest and otherwise shows the story
 * without it ("being computed"); the API waits for it. Thread-safe; close it to stop the thread.
 */
final class StoryViews implements AutoCloseable {

    private final Store store;
    private final Catalog catalog;
    private final StoryDigests digests;
    private final StoryArticles articles;
    private final Map<List<String>, CompletableFuture<StoryDigest>> running = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "storyline-digest");
        t.setDaemon(true);
        return t;
    });

    StoryViews(Store store, Catalog catalog, StoryArticles articles, StoryDigests digests) {
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
     * The view of story {@code id}, waiting at most {@code wait} for its digest; the view has no
     * digest when it is still being computed.
     */
    Optional<StoryView> view(String id, Duration wait) {
        return articles(id).map(ordered -> {
            StoryDigest d = digests.cached(ordered).orElse(null);
            if (d == null) {
                d = await(start(ordered), wait);
            }
            return new StoryView(id, StoryTitles.title(ordered), ordered, d);
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

    /** Starts computing the digest of story {@code id} in the background, if it is not cached. */
    void warm(String id) {
        articles(id).ifPresent(ordered -> {
            if (digests.cached(ordered).isEmpty()) {
                var unused = start(ordered);
            }
        });
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
                                return digests.of(ordered);
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

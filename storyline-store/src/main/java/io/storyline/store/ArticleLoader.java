package io.storyline.store;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StageTimes;
import io.storyline.cluster.ArticleFeatures;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.cluster.Assignment;
import io.storyline.cluster.StoryAssembler;
import io.storyline.cluster.StoryPairModel;
import io.storyline.core.Article;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Loads articles into a {@link Store}: analyses them in parallel (the article pipeline is a pure
 * function of one article), then assigns each to a story in input order and stores it in its own
 * transaction. Analysis runs ahead of the loading thread (at most {@code 2 × 64} articles accepted and
 * not yet stored), so the pool keeps working while that thread assigns and stores the earlier ones.
 *
 * <p>Incremental: opening a loader restores story assembly from the store, so new articles join
 * the stories already there, and an article already stored with the same text is left alone. An
 * article whose id is stored with a different text is skipped with that reason.
 *
 * <p>One writer at a time: a session holds the data directory's {@link WriteLock} while it is open,
 * so a second writer (another {@code analyze}, {@code watch} or a server taking a post) is refused
 * with a message naming the holder. A session that starts after another process wrote restores story
 * assembly again first. {@link #load} is not re-entrant.
 */
public final class ArticleLoader implements AutoCloseable {

    private static final int BATCH = 64;

    private final Store store;
    private final Pipeline pipeline;
    private final AssemblyOptions options;
    private StoryAssembler assembler;
    private long restoredAt;
    private final ExecutorService pool;
    private final StageTimes times;

    private ArticleLoader(Store store, Pipeline pipeline, AssemblyOptions options, int threads, StageTimes times) {
        this.store = store;
        this.pipeline = pipeline;
        this.options = options;
        this.times = times;
        this.restoredAt = store.lastPosition();
        this.assembler = restored(store, options);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "storyline-analysis");
            t.setDaemon(true);
            return t;
        });
    }

    /** A loader over {@code store}, with story assembly restored from what it holds. */
    public static ArticleLoader open(Store store, Pipeline pipeline, AssemblyOptions options, int threads) {
        return open(store, pipeline, options, threads, new StageTimes());
    }

    /**
     * {@link #open(Store, Pipeline, AssemblyOptions, int)} that adds the time the loading thread spends
     * waiting for analysis ({@code analysis-wait}), in story assembly ({@code assembly}) and in the store
     * ({@code store}) to {@code times}, for benchmarks.
     */
    public static ArticleLoader open(
            Store store, Pipeline pipeline, AssemblyOptions options, int threads, StageTimes times) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return new ArticleLoader(store, pipeline, options, threads, times);
    }

    private static StoryAssembler restored(Store store, AssemblyOptions options) {
        StoryAssembler assembler = assembler(options);
        store.retiredStories().forEach(assembler::reserve);
        store.forEach(a -> assembler.restore(a.features(), a.story()));
        return assembler;
    }

    /**
     * The story assembler {@code analyze} uses: the shipped pair model ({@link StoryPairModel#shipped})
     * when {@code options} ask for it, else the hand-weighted score.
     */
    public static StoryAssembler assembler(AssemblyOptions options) {
        return new StoryAssembler(options, options.learned() ? StoryPairModel.shipped() : null);
    }

    /** Analyses, assigns and stores every article of {@code articles}, telling {@code listener}. */
    public void load(Iterator<Article> articles, LoadListener listener) {
        try (Session s = session(listener)) {
            articles.forEachRemaining(s);
        }
    }

    /**
     * A session that takes articles one at a time (as a reader pushes them) and stores them in
     * batches; closing it stores the last batch. It holds the store's write lock until closed, and fails
     * (naming the holder) when another writer has it. Not thread-safe: one producer.
     */
    public Session session(LoadListener listener) {
        WriteLock lock = store.lockForWriting();
        try {
            long now = store.lastPosition();
            if (now != restoredAt) {
                // another process wrote since story assembly was restored: its stories count first
                assembler = restored(store, options);
                restoredAt = now;
            }
            return new Session(listener, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** See {@link #session}. */
    public final class Session implements Consumer<Article>, AutoCloseable {
        private final LoadListener listener;
        private final Set<String> seen = new HashSet<>();
        private final Deque<Pending> pending = new ArrayDeque<>();
        private final WriteLock lock;

        private Session(LoadListener listener, WriteLock lock) {
            this.listener = listener;
            this.lock = lock;
        }

        @Override
        public void accept(Article a) {
            if (!seen.add(a.id())) {
                listener.skipped(a.id(), "article id " + a.id() + " occurs twice in this input; the first was kept");
                return;
            }
            String hash = StoredArticle.contentHash(a.text());
            String stored = store.contentHash(a.id()).orElse(null);
            if (hash.equals(stored)) {
                listener.unchanged(a.id());
                return;
            }
            if (stored != null) {
                listener.skipped(a.id(), "article id " + a.id() + " is already stored with a different text");
                return;
            }
            // analysis starts now, on the pool, while this thread assembles and stores earlier articles
            pending.add(new Pending(a, pool.submit(() -> pipeline.analyze(a))));
            if (pending.size() >= 2 * BATCH) {
                while (pending.size() > BATCH) {
                    finish(pending.remove(), listener);
                }
            }
        }

        /**
         * Analyses and stores every article accepted so far now, rather than when the batch is full or
         * the session closes: for a caller that records elsewhere that they were taken (a feed watcher
         * remembering entries as seen) and must not record it before they are stored.
         */
        public void flush() {
            while (!pending.isEmpty()) {
                finish(pending.remove(), listener);
            }
        }

        @Override
        public void close() {
            try {
                flush();
                restoredAt = store.lastPosition();
            } finally {
                pending.forEach(p -> p.analysis().cancel(true));
                lock.close();
            }
        }
    }

    /** An accepted article and its analysis, running or done. */
    private record Pending(Article article, Future<AnalyzedArticle> analysis) {}

    /** Waits for the analysis of {@code p}, then assigns the article to a story and stores it. */
    private void finish(Pending p, LoadListener listener) {
        Article a = p.article();
        AnalyzedArticle analysed;
        long t0 = System.nanoTime();
        try {
            analysed = p.analysis().get();
        } catch (ExecutionException e) {
            listener.skipped(a.id(), "analysis failed: " + e.getCause());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing " + a.id(), e);
        }
        long t1 = System.nanoTime();
        times.add("analysis-wait", t1 - t0);
        ArticleFeatures f = ArticleFeatures.of(analysed);
        Assignment as = assembler.add(f);
        StoredArticle s = StoredArticle.of(analysed, f, as.story(), as.nearDuplicateOf());
        long t2 = System.nanoTime();
        times.add("assembly", t2 - t1);
        Map<String, String> from = new HashMap<>();
        for (String moved : as.moved().keySet()) {
            store.storyOf(moved).ifPresent(was -> from.put(moved, was));
        }
        store.put(s, as.absorbed(), as.moved());
        times.add("store", System.nanoTime() - t2);
        for (String absorbed : as.absorbed()) {
            listener.merged(absorbed, as.story());
        }
        as.moved().forEach((article, into) -> listener.moved(article, from.getOrDefault(article, into), into));
        listener.stored(s);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

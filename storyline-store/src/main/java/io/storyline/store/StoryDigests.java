package io.storyline.store;

import io.storyline.analysis.StageTimes;
import io.storyline.digest.StoryArticle;
import io.storyline.digest.StoryDigest;
import io.storyline.digest.StoryDigester;
import io.storyline.provenance.ArticleFlag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Story-level views over stored articles: turns a story's {@link StoredArticle}s into the digester's
 * input, in story order: by publication date (undated articles last), then in the order they
 * were stored, so quote ids and "earlier/later" in quote pairs follow the publication order.
 *
 * <p>Digests are data: given a {@link Store}, the digest of a story is read from the store when the
 * stored one is current, else computed once and stored (replacing the old one in one transaction).
 * A stored digest is current when its basis matches: the digest format version ({@link
 * DigestCodec#FORMAT}), the digester's configuration and a hash of the story's article ids and
 * content hashes in story order; so a story that gained an article, or a digest written by an older
 * build, is recomputed once. {@link #refresh} digests the stories a load changed.
 *
 * <p>Optionally also remembers the digests of the most recently asked stories in memory, keyed the
 * same way. Thread-safe when the digester is; two threads asking for the same new story may both
 * compute it (the last write wins; both are the same digest).
 */
public final class StoryDigests {

    private final StoryDigester digester;
    private final int cached;
    private final Map<List<String>, StoryDigest> cache;
    private final @Nullable Store store;
    private final DigestCodec codec = new DigestCodec();
    private final AtomicInteger computed = new AtomicInteger();
    private final StageTimes times;

    /** Views that compute every digest afresh. */
    public StoryDigests(StoryDigester digester) {
        this(digester, 0);
    }

    /** Views that keep the digests of the {@code cachedStories} most recently asked stories. */
    public StoryDigests(StoryDigester digester, int cachedStories) {
        this(digester, cachedStories, null);
    }

    /**
     * Views that read current digests from {@code store} (null: none) and store the ones they compute,
     * and keep the {@code cachedStories} most recently asked in memory.
     */
    public StoryDigests(StoryDigester digester, int cachedStories, @Nullable Store store) {
        this(digester, cachedStories, store, new StageTimes());
    }

    /**
     * {@link #StoryDigests(StoryDigester, int, Store)} that adds the time of each view of every digest it
     * computes to {@code times} (for benchmarks: see {@link StoryDigester#digest(List, StageTimes)}).
     */
    public StoryDigests(StoryDigester digester, int cachedStories, @Nullable Store store, StageTimes times) {
        if (cachedStories < 0) {
            throw new IllegalArgumentException("cachedStories must be >= 0, got " + cachedStories);
        }
        this.digester = digester;
        this.cached = cachedStories;
        this.cache = new LinkedHashMap<>(16, 0.75f, true);
        this.store = store;
        this.times = times;
    }

    /** The digester behind these views. */
    public StoryDigester digester() {
        return digester;
    }

    /** The digest of the story made of {@code articles}. */
    public StoryDigest of(List<StoredArticle> articles) {
        List<StoredArticle> ordered = inStoryOrder(articles);
        List<String> key = key(ordered);
        Optional<StoryDigest> known = known(ordered, key);
        if (known.isPresent()) {
            return known.get();
        }
        StoryDigest d = compute(ordered);
        Store s = store;
        String story = storyOf(ordered);
        if (s != null && story != null) {
            s.digestRows().putDigest(story, new Store.StoredDigest(basisOfKey(key), codec.write(d)));
        }
        remember(key, d);
        return d;
    }

    /**
     * The digest of the story made of {@code articles} if it is cached in memory or stored and current,
     * without computing it.
     */
    public Optional<StoryDigest> cached(List<StoredArticle> articles) {
        List<StoredArticle> ordered = inStoryOrder(articles);
        return known(ordered, key(ordered));
    }

    /**
     * A digest and the basis it was computed from (format version, digester settings and a hash of its
     * articles: see {@link #basis(List)}).
     *
     * @param digest the digest
     * @param basis what it was computed from
     */
    public record Based(StoryDigest digest, String basis) {}

    /**
     * The stored digest of the story of {@code articles} whatever its basis: the last one written, which
     * may predate the story's newest articles (compare its basis with {@link #basis(List)}). Empty
     * without a store, when the articles are not all of one story, or when none was stored.
     */
    public Optional<Based> stored(List<StoredArticle> articles) {
        Store s = store;
        String story = storyOf(articles);
        if (s == null || story == null) {
            return Optional.empty();
        }
        return s.digestRows()
                .digest(story)
                .map(d -> new Based(codec.read(d.doc(), "story " + story + " in " + s.directory()), d.basis()));
    }

    /** The basis a current digest of the story made of {@code articles} has. */
    public String basis(List<StoredArticle> articles) {
        return basisOfKey(key(inStoryOrder(articles)));
    }

    /**
     * Digests and stores each of {@code stories} of {@code from} whose stored digest is not current
     * (the stories a load changed, say); returns how many were computed. Without a store, nothing.
     */
    public int refresh(Store from, Iterable<String> stories) {
        return refresh(from, stories, 1);
    }

    /**
     * {@link #refresh(Store, Iterable)} on {@code threads} threads, largest stories first: the digests of
     * two stories are independent, so each is the one a single thread computes. Each thread reads one
     * story's articles at a time from {@code from}.
     */
    public int refresh(Store from, Iterable<String> stories, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (store == null) {
            return 0;
        }
        Map<String, List<String>> sizes = from.stories();
        List<String> todo = new ArrayList<>();
        stories.forEach(todo::add);
        todo.sort(Comparator.comparingInt(
                (String id) -> -sizes.getOrDefault(id, List.of()).size()));
        if (threads == 1 || todo.size() < 2) {
            int count = 0;
            for (String story : todo) {
                count += refreshOne(from, story);
            }
            return count;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, todo.size()), r -> {
            Thread t = new Thread(r, "storyline-digest");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (String story : todo) {
                done.add(pool.submit(() -> refreshOne(from, story)));
            }
            int count = 0;
            for (Future<Integer> f : done) {
                count += f.get();
            }
            return count;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("digest failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while digesting", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Digests and stores {@code story} unless its stored digest is current; 1 if it was computed. */
    private int refreshOne(Store from, String story) {
        List<StoredArticle> ordered = inStoryOrder(from.story(story));
        if (ordered.isEmpty() || known(ordered, key(ordered)).isPresent()) {
            return 0;
        }
        of(ordered);
        return 1;
    }

    private Optional<StoryDigest> known(List<StoredArticle> ordered, List<String> key) {
        if (cached > 0) {
            synchronized (cache) {
                StoryDigest hit = cache.get(key);
                if (hit != null) {
                    return Optional.of(hit);
                }
            }
        }
        Store s = store;
        String story = storyOf(ordered);
        if (s == null || story == null) {
            return Optional.empty();
        }
        // the basis first: a stale digest's document (large for a long story) is not read at all
        String basis = basisOfKey(key);
        if (!s.digestRows().digestBasis(story).map(basis::equals).orElse(false)) {
            return Optional.empty();
        }
        Optional<Store.StoredDigest> stored = s.digestRows().digest(story);
        if (stored.isEmpty() || !stored.get().basis().equals(basis)) {
            return Optional.empty();
        }
        StoryDigest d = codec.read(stored.get().doc(), "story " + story + " in " + s.directory());
        remember(key, d);
        return Optional.of(d);
    }

    private void remember(List<String> key, StoryDigest d) {
        if (cached == 0) {
            return;
        }
        synchronized (cache) {
            cache.put(key, d);
            if (cache.size() > cached) {
                cache.remove(cache.keySet().iterator().next());
            }
        }
    }

    /** The story of {@code ordered} when they are all of one story, else null (not stored). */
    private static @Nullable String storyOf(List<StoredArticle> ordered) {
        if (ordered.isEmpty()) {
            return null;
        }
        String story = ordered.get(0).story();
        return ordered.stream().allMatch(a -> a.story().equals(story)) ? story : null;
    }

    /** What a stored digest must have been computed from to be current for {@code key}. */
    private String basisOfKey(List<String> key) {
        return "v" + DigestCodec.FORMAT + " " + digester.configuration() + " " + hash(key);
    }

    /**
     * The part of a digest's basis that names its articles: a hash of their ids and content hashes in
     * story order (see {@link #inStoryOrder}).
     */
    static String articlesHash(List<StoredArticle> ordered) {
        return hash(key(ordered));
    }

    private static String hash(List<String> key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String k : key) {
                sha.update(k.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static List<String> key(List<StoredArticle> ordered) {
        return ordered.stream().map(a -> a.id() + '\u0000' + a.contentHash()).toList();
    }

    /** How many digests these views have computed (not read from the memory cache or the store). */
    public int computed() {
        return computed.get();
    }

    private StoryDigest compute(List<StoredArticle> ordered) {
        computed.incrementAndGet();
        return digester.digest(ordered.stream().map(StoryDigests::input).toList(), times);
    }

    /** {@code articles} by publication date, undated last; ties keep their order (stable sort). */
    public static List<StoredArticle> inStoryOrder(List<StoredArticle> articles) {
        List<StoredArticle> out = new ArrayList<>(articles);
        out.sort(Comparator.comparing(
                (StoredArticle a) -> a.article().published(), Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** The flags of {@code article} in its story's digest (contract labels), without near-duplicate. */
    public static Set<String> flags(StoryDigest digest, String article) {
        return digest.evidence().flags().getOrDefault(article, Set.of()).stream()
                .map(ArticleFlag::label)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The digester's view of one stored article. */
    public static StoryArticle input(StoredArticle a) {
        return new StoryArticle(a.article(), a.boilerplate(), a.names(), a.quotes(), a.times(), a.sentences());
    }
}

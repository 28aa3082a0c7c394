package io.storyline.store;

import io.storyline.digest.StoryArticle;
import io.storyline.digest.StoryDigest;
import io.storyline.digest.StoryDigester;
import io.storyline.provenance.ArticleFlag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Story-level views over stored articles: turns a story's {@link StoredArticle}s into the digester's
 * input, in story order: by publication date (undated articles last), then in the order they
 * were stored, so quote ids and "earlier/later" in quote pairs follow the publication order.
 *
 * <p>Optionally remembers the digests of the most recently asked stories, keyed by their articles'
 * ids and content hashes in story order, so asking again for an unchanged story does not recompute
 * it (quote grouping with embeddings costs tens of milliseconds per story). Thread-safe when the
 * digester is; two threads asking for the same new story may both compute it.
 */
public final class StoryDigests {

    private final StoryDigester digester;
    private final int cached;
    private final Map<List<String>, StoryDigest> cache;

    /** Views that compute every digest afresh. */
    public StoryDigests(StoryDigester digester) {
        this(digester, 0);
    }

    /** Views that keep the digests of the {@code cachedStories} most recently asked stories. */
    public StoryDigests(StoryDigester digester, int cachedStories) {
        if (cachedStories < 0) {
            throw new IllegalArgumentException("cachedStories must be >= 0, got " + cachedStories);
        }
        this.digester = digester;
        this.cached = cachedStories;
        this.cache = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The digester behind these views. */
    public StoryDigester digester() {
        return digester;
    }

    /** The digest of the story made of {@code articles}. */
    public StoryDigest of(List<StoredArticle> articles) {
        List<StoredArticle> ordered = inStoryOrder(articles);
        if (cached == 0) {
            return compute(ordered);
        }
        List<String> key = key(ordered);
        synchronized (cache) {
            StoryDigest hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        StoryDigest d = compute(ordered);
        synchronized (cache) {
            cache.put(key, d);
            if (cache.size() > cached) {
                cache.remove(cache.keySet().iterator().next());
            }
        }
        return d;
    }

    /** The digest of the story made of {@code articles} if it is cached, without computing it. */
    public Optional<StoryDigest> cached(List<StoredArticle> articles) {
        if (cached == 0) {
            return Optional.empty();
        }
        List<String> key = key(inStoryOrder(articles));
        synchronized (cache) {
            return Optional.ofNullable(cache.get(key));
        }
    }

    private static List<String> key(List<StoredArticle> ordered) {
        return ordered.stream().map(a -> a.id() + '\u0000' + a.contentHash()).toList();
    }

    private StoryDigest compute(List<StoredArticle> ordered) {
        return digester.digest(ordered.stream().map(StoryDigests::input).toList());
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

package io.storyline.server;

import io.storyline.digest.StoryDigest;
import io.storyline.store.StoredArticle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything the story page shows, gathered once per request and handed to each {@link Section}: the
 * story's articles in story order (by publication date, undated last) and its story-level views.
 * When claims, provenance, the timeline and the summary land as story-level views, they join this
 * record (or the digest) and a section renders them.
 *
 * @param id story id
 * @param title story title
 * @param articles the articles in story order
 * @param digest speakers, quotes and quote groups, or null while the story's first digest is being
 *     computed
 * @param stale whether the digest is an earlier version's (the story has gained or lost articles
 *     since) shown while the current one is computed
 */
record StoryView(
        String id,
        String title,
        List<StoredArticle> articles,
        @Nullable StoryDigest digest,
        boolean stale) {

    StoryView {
        articles = List.copyOf(articles);
    }

    /** The digest when it is the current one, else null. */
    @Nullable
    StoryDigest currentDigest() {
        return stale ? null : digest;
    }

    /** The story's article with this id. */
    Optional<StoredArticle> article(String articleId) {
        return articles.stream().filter(a -> a.id().equals(articleId)).findFirst();
    }

    /** Article id to article, in story order. */
    Map<String, StoredArticle> byId() {
        Map<String, StoredArticle> out = new LinkedHashMap<>();
        articles.forEach(a -> out.put(a.id(), a));
        return out;
    }
}

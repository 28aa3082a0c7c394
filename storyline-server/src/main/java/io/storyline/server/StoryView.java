package io.storyline.server;

import io.storyline.digest.StoryDigest;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryDigests;
import io.storyline.store.StoryTitles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the story page shows, gathered once per request and handed to each {@link Section}: the
 * story's articles in story order (by publication date, undated last) and its story-level views.
 * When claims, provenance, the timeline and the summary land as story-level views, they join this
 * record (or the digest) and a section renders them.
 *
 * @param id story id
 * @param title story title
 * @param articles the articles in story order
 * @param digest speakers, quotes and quote groups
 */
record StoryView(String id, String title, List<StoredArticle> articles, StoryDigest digest) {

    StoryView {
        articles = List.copyOf(articles);
    }

    /** The view of the story made of {@code articles} (any order), with its digest from {@code digests}. */
    static StoryView of(String id, List<StoredArticle> articles, StoryDigests digests) {
        List<StoredArticle> ordered = StoryDigests.inStoryOrder(articles);
        return new StoryView(id, StoryTitles.title(ordered), ordered, digests.of(ordered));
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

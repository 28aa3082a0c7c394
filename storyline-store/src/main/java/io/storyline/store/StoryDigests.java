package io.storyline.store;

import io.storyline.digest.StoryArticle;
import io.storyline.digest.StoryDigest;
import io.storyline.digest.StoryDigester;
import io.storyline.provenance.ArticleFlag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Story-level views over stored articles: turns a story's {@link StoredArticle}s into the digester's
 * input, in story order: by publication date (undated articles last), then in the order they
 * were stored, so quote ids and "earlier/later" in quote pairs follow the publication order.
 * Thread-safe when the digester is.
 */
public final class StoryDigests {

    private final StoryDigester digester;

    public StoryDigests(StoryDigester digester) {
        this.digester = digester;
    }

    /** The digester behind these views. */
    public StoryDigester digester() {
        return digester;
    }

    /** The digest of the story made of {@code articles}. */
    public StoryDigest of(List<StoredArticle> articles) {
        return digester.digest(
                inStoryOrder(articles).stream().map(StoryDigests::input).toList());
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

package io.storyline.spark;

import io.storyline.core.Article;
import io.storyline.digest.StoryDigest;
import io.storyline.store.ArticleCodec;
import io.storyline.store.Contract;
import io.storyline.store.JsonExport;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryDigests;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The story-level views of one story, computed where the story's articles meet after a {@code
 * groupByKey}: the embedded digester (this executor's, {@link ExecutorModels}) over the articles in
 * story order, written as the contract's JSON by the embedded exporter ({@link JsonExport}).
 */
final class StoryViews {

    private StoryViews() {}

    /** One story's contract JSON and its articles. */
    record Written(String story, List<ArticleOut> articles, String json) implements Serializable {

        Written {
            articles = new ArrayList<>(articles); // serializable
        }
    }

    /** One article of a story: what the articles table holds (see {@link StorylineJob}). */
    record ArticleOut(
            String id,
            String input,
            @Nullable String title,
            @Nullable String published,
            @Nullable String outlet,
            @Nullable String url,
            String language,
            @Nullable String nearDuplicateOf,
            List<String> flags,
            String json,
            String doc)
            implements Serializable {

        ArticleOut {
            flags = new ArrayList<>(flags);
        }
    }

    /** An article's store document and the earlier article it nearly duplicates, or null. */
    record Placed(String input, String doc, @Nullable String nearDuplicateOf) implements Serializable {}

    /**
     * Digests the story {@code story} made of {@code members} (the store's JSON documents of its
     * articles; story and near-duplicate fields as grouping set them).
     */
    static Written write(String story, Iterable<Placed> members, boolean embeddings) {
        ArticleCodec codec = new ArticleCodec();
        List<StoredArticle> articles = new ArrayList<>();
        Map<String, Placed> placed = new HashMap<>();
        members.forEach(m -> {
            StoredArticle read = codec.read(m.doc(), story);
            StoredArticle a = new StoredArticle(
                    read.article(),
                    read.contentHash(),
                    read.language(),
                    read.boilerplate(),
                    read.names(),
                    read.features(),
                    story,
                    m.nearDuplicateOf(),
                    read.quotes(),
                    read.times(),
                    read.sentences());
            articles.add(a);
            placed.put(a.id(), m);
        });
        // the store hands a story's articles over in the order they were stored (the stream order),
        // and story order keeps that order among articles of one date: so must the job
        articles.sort(java.util.Comparator.comparing(
                a -> StreamOrder.key(a.id(), a.article().published())));
        List<StoredArticle> ordered = StoryDigests.inStoryOrder(articles);
        StoryDigests digests = new StoryDigests(ExecutorModels.digester(embeddings), 1);
        StoryDigest digest = digests.of(ordered);
        try {
            String storyJson = Contract.MAPPER.writeValueAsString(JsonExport.story(story, ordered, digest));
            List<ArticleOut> rows = new ArrayList<>();
            for (StoredArticle a : ordered) {
                Set<String> flags = StoryDigests.flags(digest, a.id());
                String articleJson = Contract.MAPPER.writeValueAsString(Contract.ArticleJson.of(a, flags));
                Placed p = placed.get(a.id());
                Article art = a.article();
                rows.add(new ArticleOut(
                        a.id(),
                        p == null ? "" : p.input(),
                        art.title(),
                        art.published() == null ? null : art.published().toString(),
                        art.outlet(),
                        art.url(),
                        a.language(),
                        a.nearDuplicateOf(),
                        new ArrayList<>(flags),
                        articleJson,
                        codec.write(a)));
            }
            return new Written(story, rows, storyJson);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write story " + story + ": " + e.getMessage(), e);
        }
    }
}

package io.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog that follows a store change by change (reading only the articles stored since its last look
 * when it can) shows what a catalog opened afresh on the same store shows: the same stories, summaries
 * and articles in story order, also when story assembly moved articles between stories meanwhile.
 */
class CatalogTest {

    @TempDir
    Path dir;

    @Test
    void followingTheStoreChangeByChangeShowsWhatAFreshCatalogShows() {
        try (Store store = Store.open(dir.resolve("data"))) {
            TestData.analyse(store, TestData.pipeline(), List.of(TestData.demo()));
            StoryArticles remembered = new StoryArticles(64);
            Catalog following = new Catalog(store, remembered);
            sameAsFresh(store, following, remembered);
            Map<String, List<String>> stories = store.stories();
            List<String> ids = new ArrayList<>(stories.keySet());
            String big = ids.get(0);
            String other = ids.get(1);
            List<String> bigArticles = stories.getOrDefault(big, List.of());
            List<String> otherArticles = stories.getOrDefault(other, List.of());
            StoredArticle template = store.article(bigArticles.get(0)).orElseThrow();

            // one story gains articles one at a time: the catalog reads only the new ones
            for (int i = 0; i < 3; i++) {
                store.put(copy(template, "copy-" + i, big));
                sameAsFresh(store, following, remembered);
            }
            // an article moves into the growing story while it gains one
            String movedIn = otherArticles.get(0);
            store.put(copy(template, "copy-3", big), List.of(), Map.of(movedIn, big));
            sameAsFresh(store, following, remembered);
            assertThat(remembered.get(big, following.summary(big).orElseThrow().position()))
                    .hasValueSatisfying(list ->
                            assertThat(list).extracting(StoredArticle::id).contains(movedIn, "copy-3"));
            // one moves out and another in while it gains one: same count, other articles
            String movedOut = "copy-0";
            String movedBack = otherArticles.size() > 1 ? otherArticles.get(1) : movedIn;
            store.put(copy(template, "copy-4", big), List.of(), Map.of(movedOut, other, movedBack, big));
            sameAsFresh(store, following, remembered);
            assertThat(remembered.get(big, following.summary(big).orElseThrow().position()))
                    .hasValueSatisfying(list -> assertThat(list)
                            .extracting(StoredArticle::id)
                            .doesNotContain(movedOut)
                            .contains(movedBack, "copy-4"));
        }
    }

    /** Asserts that {@code following} shows what a new catalog of {@code store} shows. */
    private static void sameAsFresh(Store store, Catalog following, StoryArticles remembered) {
        StoryArticles freshArticles = new StoryArticles(64);
        Catalog fresh = new Catalog(store, freshArticles);
        // the position a summary carries is where the catalog last read the story, so it differs by design
        assertThat(byId(following.stories())).isEqualTo(byId(fresh.stories()));
        for (StorySummary s : fresh.stories()) {
            long at = following.summary(s.id()).orElseThrow().position();
            assertThat(remembered.get(s.id(), at).map(CatalogTest::ids))
                    .as("articles of story %s", s.id())
                    .isEqualTo(freshArticles.get(s.id(), s.position()).map(CatalogTest::ids));
        }
    }

    private static Map<String, StorySummary> byId(List<StorySummary> stories) {
        Map<String, StorySummary> out = new java.util.TreeMap<>();
        for (StorySummary s : stories) {
            out.put(
                    s.id(),
                    new StorySummary(
                            s.id(),
                            s.title(),
                            s.articles(),
                            s.independentOrigins(),
                            s.outlets(),
                            s.first(),
                            s.last(),
                            s.speakers(),
                            s.words(),
                            0));
        }
        return out;
    }

    private static List<String> ids(List<StoredArticle> articles) {
        return articles.stream().map(StoredArticle::id).toList();
    }

    /** {@code a} under another id, in story {@code story}. */
    private static StoredArticle copy(StoredArticle a, String id, String story) {
        Article x = a.article();
        Article renamed = new Article(id, x.title(), x.text(), x.published(), x.outlet(), x.url(), x.language());
        return new StoredArticle(
                renamed,
                a.contentHash(),
                a.language(),
                a.boilerplate(),
                a.names(),
                a.features(),
                story,
                null,
                a.quotes(),
                a.times(),
                a.sentences());
    }
}

package io.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyline.cluster.AssemblyOptions;
import io.storyline.core.Article;
import io.storyline.digest.StoryDigest;
import io.storyline.digest.StoryDigester;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Digests stored in the store: read back whole, recomputed once when stale. */
class StoredDigestsTest {

    @TempDir
    Path dir;

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>(Fixtures.firstBatch());
        out.addAll(Fixtures.secondBatch());
        return out;
    }

    private static String bridgeStory(Store store) {
        return store.article("bridge-a").orElseThrow().story();
    }

    private void load(Store store, List<Article> articles) {
        try (ArticleLoader loader = ArticleLoader.open(store, TestPipelines.light(), AssemblyOptions.defaults(), 1)) {
            loader.load(articles.iterator(), new LoadListener() {});
        }
    }

    @Test
    void refreshStoresEveryChangedStoryAndAReopenedStoreReadsItBackEqual() {
        Map<String, StoryDigest> computed;
        try (Store store = Store.open(dir)) {
            long before = store.lastPosition();
            load(store, articles());
            StoryDigests digests = new StoryDigests(new StoryDigester(null), 0, store);
            assertThat(digests.refresh(store, store.storiesSince(before))).isEqualTo(2);
            assertThat(store.digestCount()).isEqualTo(2);
            assertThat(digests.refresh(store, store.stories().keySet()))
                    .as("current digests are not computed again")
                    .isZero();
            computed = Map.of(
                    bridgeStory(store), new StoryDigests(new StoryDigester(null)).of(store.story(bridgeStory(store))));
        }
        try (Store store = Store.open(dir)) {
            StoryDigests reopened = new StoryDigests(new StoryDigester(null), 0, store);
            String story = bridgeStory(store);
            assertThat(reopened.cached(store.story(story)))
                    .as("read from the store without computing")
                    .contains(computed.get(story));
        }
    }

    @Test
    void refreshOnSeveralThreadsStoresTheDigestsOneThreadStores() {
        Map<String, Store.StoredDigest> one = new HashMap<>();
        try (Store store = Store.open(dir.resolve("one"))) {
            load(store, articles());
            assertThat(new StoryDigests(new StoryDigester(null), 0, store).refresh(store, store.storyIds(), 1))
                    .isEqualTo(2);
            store.storyIds()
                    .forEach(id -> one.put(id, store.digestRows().digest(id).orElseThrow()));
        }
        try (Store store = Store.open(dir.resolve("three"))) {
            load(store, articles());
            StoryDigests digests = new StoryDigests(new StoryDigester(null), 0, store);
            assertThat(digests.refresh(store, store.storyIds(), 3)).isEqualTo(2);
            assertThat(digests.refresh(store, store.storyIds(), 3))
                    .as("current digests are not computed again")
                    .isZero();
            assertThat(store.storyIds()).containsExactlyInAnyOrderElementsOf(one.keySet());
            store.storyIds()
                    .forEach(id -> assertThat(store.digestRows().digest(id)).contains(one.get(id)));
            assertThatThrownBy(() -> digests.refresh(store, List.of(), 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("threads must be >= 1, got 0");
        }
    }

    @Test
    void aStoryThatGainedAnArticleOrAnOlderFormatIsRecomputedOnceAndStored() {
        try (Store store = Store.open(dir)) {
            load(store, Fixtures.firstBatch());
            StoryDigests digests = new StoryDigests(new StoryDigester(null), 0, store);
            String story = bridgeStory(store);
            StoryDigest one = digests.of(store.story(story));
            String basis = store.digestRows().digest(story).orElseThrow().basis();

            load(store, Fixtures.secondBatch());
            assertThat(store.story(story)).hasSize(2);
            assertThat(digests.cached(store.story(story)))
                    .as("stale: the story gained an article")
                    .isEmpty();
            StoryDigest two = digests.of(store.story(story));
            assertThat(two).isNotEqualTo(one);
            assertThat(store.digestRows().digest(story).orElseThrow().basis()).isNotEqualTo(basis);
            assertThat(digests.cached(store.story(story))).contains(two);

            store.digestRows()
                    .putDigest(story, new Store.StoredDigest("v0 " + basis.substring(basis.indexOf(' ') + 1), "{}"));
            assertThat(digests.cached(store.story(story)))
                    .as("a digest of an older format is not current")
                    .isEmpty();
            assertThat(digests.refresh(store, List.of(story))).isEqualTo(1);
            assertThat(digests.cached(store.story(story))).contains(two);
        }
    }

    @Test
    void aDigestOfAnotherConfigurationIsNotReused() {
        try (Store store = Store.open(dir)) {
            load(store, Fixtures.firstBatch());
            String story = bridgeStory(store);
            new StoryDigests(new StoryDigester(null, 7), 0, store).of(store.story(story));
            assertThat(new StoryDigests(new StoryDigester(null, 3), 0, store).cached(store.story(story)))
                    .isEmpty();
        }
    }

    @Test
    void aCorruptStoredDigestIsAnErrorNamingTheStory() {
        try (Store store = Store.open(dir)) {
            load(store, Fixtures.firstBatch());
            String story = bridgeStory(store);
            StoryDigests digests = new StoryDigests(new StoryDigester(null), 0, store);
            digests.of(store.story(story));
            String basis = store.digestRows().digest(story).orElseThrow().basis();
            store.digestRows().putDigest(story, new Store.StoredDigest(basis, "{\"speakers\": 3"));
            assertThatThrownBy(() -> digests.cached(store.story(story)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("digest of story " + story);
        }
    }
}

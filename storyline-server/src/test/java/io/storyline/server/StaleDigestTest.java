package io.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.core.Article;
import io.storyline.digest.StoryDigester;
import io.storyline.store.Contract;
import io.storyline.store.JsonExport;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryDigests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story read while its digest is being recomputed gets the last digest at once, marked as predating
 * the newest article (its basis differs from the story's), never a wait behind the digest thread; once
 * the recomputation ran it gets the current one. The digest thread is held by the test, so nothing here
 * depends on timing.
 */
class StaleDigestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** An executor that runs nothing until told to. */
    static final class Held extends AbstractExecutorService {
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable r) {
            tasks.add(r);
        }

        synchronized List<Runnable> take() {
            List<Runnable> out = List.copyOf(tasks);
            tasks.clear();
            return out;
        }

        @Override
        public void shutdown() {}

        @Override
        public List<Runnable> shutdownNow() {
            return take();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    @Test
    void aStoryThatGainedAnArticleIsServedItsLastDigestWhileTheNewOneIsComputed() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            StoryDigests digests = new StoryDigests(new StoryDigester(null), 8, store);
            String story = digestedStoryThenALateCopy(store, digests);

            Held worker = new Held();
            try (StoryViews views = views(store, digests, worker)) {
                List<StoredArticle> ordered = views.articles(story).orElseThrow();
                int computedBefore = digests.computed();
                StoryDigests.Based stale = views.latest(story, ordered);
                assertThat(stale.basis()).isNotEqualTo(digests.basis(ordered));
                assertThat(digests.computed())
                        .as("nothing computed on the reader's thread")
                        .isEqualTo(computedBefore);
                assertThat(worker.tasks).as("the recomputation is queued").hasSize(1);
                JsonNode json = story(digests, story, ordered, stale);
                assertThat(json.at("/digest/current").asBoolean()).isFalse();
                assertThat(json.at("/digest/basis").asText()).isEqualTo(stale.basis());
                assertThat(json.at("/digest/storyBasis").asText()).isEqualTo(digests.basis(ordered));
                assertThat(json.get("articles").toString()).contains("late-copy");
                assertThat(json.get("quotes").toString()).doesNotContain("late-copy");

                worker.take().forEach(Runnable::run);
                StoryDigests.Based current = views.latest(story, ordered);
                assertThat(current.basis()).isEqualTo(digests.basis(ordered));
                assertThat(digests.computed()).isEqualTo(computedBefore + 1);
                assertThat(story(digests, story, ordered, current)
                                .at("/digest/current")
                                .asBoolean())
                        .isTrue();
                assertThat(worker.tasks).isEmpty();
            }
        }
    }

    @Test
    void theStoryPageShowsTheLastDigestMarkedAsEarlierWhileTheNewOneIsComputed() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            StoryDigests digests = new StoryDigests(new StoryDigester(null), 8, store);
            String story = digestedStoryThenALateCopy(store, digests);

            Held worker = new Held();
            try (StoryViews views = views(store, digests, worker)) {
                StoryView stale = views.view(story, java.time.Duration.ZERO).orElseThrow();
                assertThat(stale.stale()).isTrue();
                assertThat(stale.digest()).isNotNull();
                assertThat(stale.currentDigest()).isNull();
                String page = StoryPage.render(stale, StoryPage.SECTIONS);
                assertThat(page)
                        .contains("from an earlier version of this story")
                        .doesNotContain("Being computed");

                worker.take().forEach(Runnable::run);
                StoryView current = views.view(story, java.time.Duration.ZERO).orElseThrow();
                assertThat(current.stale()).isFalse();
                assertThat(current.currentDigest()).isNotNull();
                assertThat(StoryPage.render(current, StoryPage.SECTIONS)).doesNotContain("earlier version");
            }
        }
    }

    @Test
    void aStoryNeverDigestedIsDigestedOnTheReadersThreadNotQueued() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            TestData.analyse(store, TestData.pipeline(), List.of(TestData.demo()));
            StoryDigests digests = new StoryDigests(new StoryDigester(null), 8, store);
            Held worker = new Held();
            try (StoryViews views = views(store, digests, worker)) {
                String story = store.article("dunmere-gazette-ferry-strike")
                        .orElseThrow()
                        .story();
                List<StoredArticle> ordered = views.articles(story).orElseThrow();
                StoryDigests.Based d = views.latest(story, ordered);
                assertThat(d.basis()).isEqualTo(digests.basis(ordered));
                assertThat(digests.computed()).isEqualTo(1);
            }
        }
    }

    /**
     * Stores the demo articles and digests their stories, then stores a late copy of one article (it joins
     * that story, whose digest is now stale); returns that story's id.
     */
    private String digestedStoryThenALateCopy(Store store, StoryDigests digests) throws Exception {
        var pipeline = TestData.pipeline();
        TestData.analyse(store, pipeline, List.of(TestData.demo()));
        digests.refresh(store, store.stories().keySet());
        StoredArticle base = store.article("dunmere-gazette-ferry-strike").orElseThrow();
        Article a = base.article();
        Path extra = dir.resolve("extra.json");
        Files.writeString(
                extra,
                JSON.writeValueAsString(java.util.Map.of(
                        "id",
                        "late-copy",
                        "title",
                        String.valueOf(a.title()),
                        "published",
                        String.valueOf(a.published()),
                        "outlet",
                        "Late Wire",
                        "text",
                        a.text() + " A late paragraph was added.")));
        TestData.analyse(store, pipeline, List.of(extra));
        assertThat(store.article("late-copy").orElseThrow().story()).isEqualTo(base.story());
        return base.story();
    }

    /** The views over {@code store} whose background digests wait on {@code worker}. */
    private static StoryViews views(Store store, StoryDigests digests, Held worker) {
        StoryArticles articles = new StoryArticles(8);
        return new StoryViews(store, new Catalog(store, articles), articles, digests, worker);
    }

    private static JsonNode story(
            StoryDigests digests, String id, List<StoredArticle> ordered, StoryDigests.Based shown) throws Exception {
        return JSON.readTree(Contract.MAPPER.writeValueAsBytes(new JsonExport(digests).story(id, ordered, shown)));
    }
}

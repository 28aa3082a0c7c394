package io.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.cluster.AssemblyOptions;
import io.storyline.core.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {

    @TempDir
    Path dir;

    private static final class Recorder implements LoadListener {
        final List<String> stored = new ArrayList<>();
        final List<String> unchanged = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();

        @Override
        public void stored(StoredArticle a) {
            stored.add(a.id());
        }

        @Override
        public void unchanged(String id) {
            unchanged.add(id);
        }

        @Override
        public void skipped(String input, String reason) {
            skipped.add(input + ": " + reason);
        }
    }

    private Recorder load(List<Article> articles) {
        Recorder r = new Recorder();
        try (Store store = Store.open(dir);
                ArticleLoader loader =
                        ArticleLoader.open(store, TestPipelines.light(), AssemblyOptions.defaults(), 2)) {
            loader.load(articles.iterator(), r);
        }
        return r;
    }

    private Map<String, List<String>> stories() {
        try (Store store = Store.open(dir)) {
            return store.stories();
        }
    }

    @Test
    void groupsArticlesAboutTheSameEventAndKeepsOthersApart() {
        load(Fixtures.firstBatch());
        load(Fixtures.secondBatch());
        Map<String, List<String>> stories = stories();
        assertThat(stories.values())
                .containsExactlyInAnyOrder(List.of("bridge-a", "bridge-b"), List.of("election-a", "election-b"));
    }

    @Test
    void laterRunsJoinExistingStoriesWithoutRedoingThem() {
        load(Fixtures.firstBatch());
        Map<String, List<String>> before = stories();
        Recorder second = load(Fixtures.secondBatch());
        assertThat(second.stored).containsExactly("bridge-b", "election-b");
        Map<String, List<String>> after = stories();
        assertThat(after.keySet()).isEqualTo(before.keySet());
    }

    @Test
    void analysingTheSameInputTwiceChangesNothing() {
        load(Fixtures.firstBatch());
        Map<String, List<String>> before = stories();
        Recorder again = load(Fixtures.firstBatch());
        assertThat(again.stored).isEmpty();
        assertThat(again.unchanged).containsExactly("bridge-a", "election-a");
        assertThat(stories()).isEqualTo(before);
    }

    @Test
    void sameIdWithOtherTextIsSkippedWithReason() {
        load(Fixtures.firstBatch());
        Recorder r = load(List.of(Fixtures.bridge("bridge-a", "Tamsford Times", 4, "A changed ending.")));
        assertThat(r.skipped).singleElement().asString().contains("bridge-a").contains("different text");
    }

    @Test
    void duplicateIdInOneInputKeepsTheFirst() {
        Article a = Fixtures.bridge("dup", "X", 4, "");
        Recorder r = load(List.of(a, Fixtures.bridge("dup", "Y", 4, "Other.")));
        assertThat(r.stored).containsExactly("dup");
        assertThat(r.skipped).singleElement().asString().contains("occurs twice");
    }

    @Test
    void nearDuplicateIsFlaggedAndJoinsItsOriginal() {
        Article original = Fixtures.bridge("orig", "Tamsford Times", 4, "Local shops feared losing trade.");
        Article copy = new Article(
                "copy",
                null,
                original.text() + "\nPhoto: River Daily",
                original.published(),
                "River Daily",
                null,
                null);
        load(List.of(original, copy));
        try (Store store = Store.open(dir)) {
            StoredArticle c = store.article("copy").orElseThrow();
            assertThat(c.nearDuplicateOf()).isEqualTo("orig");
            assertThat(c.story()).isEqualTo(store.article("orig").orElseThrow().story());
        }
    }

    @Test
    void emptyInputStoresNothing() {
        Recorder r = load(List.of());
        assertThat(r.stored).isEmpty();
        assertThat(stories()).isEmpty();
    }

    @Test
    void storesManyArticlesOnceEachInInputOrderWhileAnalysisRunsAhead() {
        // more than the 128 articles the loader lets analysis run ahead of the loading thread
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            articles.add(
                    i % 2 == 0
                            ? Fixtures.bridge("bridge-" + i, "outlet" + (i % 7), 1 + i % 5, "Update " + i + ".")
                            : Fixtures.election("election-" + i, "outlet" + (i % 5), 1 + i % 4, "Report " + i + "."));
        }
        articles.add(articles.get(10));
        Recorder r = load(articles);
        assertThat(r.stored)
                .containsExactlyElementsOf(
                        articles.subList(0, 300).stream().map(Article::id).toList());
        assertThat(r.skipped)
                .containsExactly("bridge-10: article id bridge-10 occurs twice in this input; the first was kept");
        assertThat(stories().values().stream().mapToInt(List::size).sum()).isEqualTo(300);
    }
}

package io.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.cluster.ArticleFeatures;
import io.storyline.core.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreMovesTest {

    @TempDir
    Path dir;

    private static StoredArticle article(String id, String story) {
        return new StoredArticle(
                new Article(id, null, "Some text " + id + ".", LocalDate.of(2031, 1, 2), null, null, null),
                StoredArticle.contentHash("Some text " + id + "."),
                "en",
                List.of(),
                List.of(),
                new ArticleFeatures(id, null, Map.of(), Map.of(), Map.of(), null, null),
                story,
                null,
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void putMovesTheArticlesStoryAssemblyMovedAndRetiresTheStoriesItEmptied() {
        try (Store store = Store.open(dir)) {
            store.put(article("a", "s1"));
            store.put(article("b", "s1"));
            store.put(article("c", "s2"));
            // re-clustering split s1: b goes to a new story with d; s2 emptied into s1
            store.put(article("d", "s3"), List.of("s2"), Map.of("b", "s3", "c", "s1"));
            assertThat(store.stories()).containsOnlyKeys("s1", "s3");
            assertThat(store.stories().get("s1")).containsExactlyInAnyOrder("a", "c");
            assertThat(store.stories().get("s3")).containsExactlyInAnyOrder("b", "d");
            assertThat(store.retiredStories()).containsExactly("s2");
        }
    }
}

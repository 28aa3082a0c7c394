package io.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.cluster.ArticleFeatures;
import io.storyline.core.Article;
import io.storyline.digest.StoryDigest;
import io.storyline.digest.StoryDigester;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryDigestsTest {

    private static StoredArticle article(String id, String hash, int day) {
        return new StoredArticle(
                new Article(id, null, "Some text " + id + ".", LocalDate.of(2031, 1, day), null, null, null),
                hash,
                "en",
                List.of(),
                List.of(),
                new ArticleFeatures(id, null, Map.of(), Map.of(), Map.of(), null, null),
                "s1",
                null,
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void cachesByArticleIdsAndContentHashesInStoryOrder() {
        StoryDigests digests = new StoryDigests(new StoryDigester(null), 2);
        List<StoredArticle> story = List.of(article("a", "h1", 2), article("b", "h2", 1));
        assertThat(digests.cached(story)).isEmpty();
        StoryDigest first = digests.of(story);
        assertThat(digests.cached(story)).containsSame(first);
        assertThat(digests.of(List.of(story.get(1), story.get(0)))).isSameAs(first);
        assertThat(digests.cached(List.of(article("a", "changed", 2), article("b", "h2", 1))))
                .isEmpty();
        digests.of(List.of(article("c", "h3", 1)));
        digests.of(List.of(article("d", "h4", 1)));
        assertThat(digests.cached(story))
                .as("evicted: only two stories are kept")
                .isEmpty();
    }

    @Test
    void withoutACacheNothingIsKept() {
        StoryDigests digests = new StoryDigests(new StoryDigester(null));
        List<StoredArticle> story = List.of(article("a", "h1", 1));
        digests.of(story);
        assertThat(digests.cached(story)).isEmpty();
        assertThat(digests.of(List.of()).quotes()).isEmpty();
    }
}

package io.storyline.cluster;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where story assembly put an article.
 *
 * @param article the article id
 * @param story the story it joined or founded
 * @param founded whether it founded the story
 * @param nearDuplicateOf the earlier article it nearly duplicates, or null
 * @param score the score of the story it joined (0 when it founded one)
 * @param absorbed stories that no longer exist after placing the article, in the order they went: merged
 *     into {@code story} because the article belongs to each of them, or emptied by the re-clustering
 *     of the stories the article touched (their articles are now in {@code story} or in {@code moved})
 * @param moved earlier articles whose story the re-clustering changed, each with its new story
 */
public record Assignment(
        String article,
        String story,
        boolean founded,
        @Nullable String nearDuplicateOf,
        double score,
        List<String> absorbed,
        Map<String, String> moved) {

    public Assignment {
        absorbed = List.copyOf(absorbed);
        moved = Map.copyOf(moved);
    }
}

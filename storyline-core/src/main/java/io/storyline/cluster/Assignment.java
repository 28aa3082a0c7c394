package io.storyline.cluster;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where story assembly put an article.
 *
 * @param article the article id
 * @param story the story it joined or founded
 * @param founded whether it founded the story
 * @param nearDuplicateOf the earlier article it nearly duplicates, or null
 * @param score the score of the story it joined (0 when it founded one)
 * @param absorbed stories merged into {@code story} because the article belongs to each of them
 *     (their articles now belong to {@code story}), in merge order
 */
public record Assignment(
        String article,
        String story,
        boolean founded,
        @Nullable String nearDuplicateOf,
        double score,
        List<String> absorbed) {

    public Assignment {
        absorbed = List.copyOf(absorbed);
    }
}

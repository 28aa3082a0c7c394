package io.storyline.cluster;

import org.jspecify.annotations.Nullable;

/**
 * Where story assembly put an article.
 *
 * @param article the article id
 * @param story the story it joined or founded
 * @param founded whether it founded the story
 * @param nearDuplicateOf the earlier article it nearly duplicates, or null
 * @param score the score of the story it joined (0 when it founded one)
 */
public record Assignment(
        String article,
        String story,
        boolean founded,
        @Nullable String nearDuplicateOf,
        double score) {}

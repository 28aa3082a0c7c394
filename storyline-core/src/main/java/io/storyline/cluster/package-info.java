/**
 * Incremental story assembly: candidate retrieval, scoring, join or found.
 *
 * <p>Entry point: {@code StoryAssembler}, fed one analysed article at a time (by {@code
 * io.storyline.store.ArticleLoader}, in publication-date order): it finds candidate stories through
 * its index of {@code StoryProfile}s, scores article against story with the learned {@code
 * StoryPairModel} (weights in {@code story-pair-model.tsv}, written by {@code storyline eval
 * clustering --out}), joins the best story above the threshold or founds a new one, and merges two
 * stories an article bridges.
 */
@NullMarked
package io.storyline.cluster;

import org.jspecify.annotations.NullMarked;

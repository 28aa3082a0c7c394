/**
 * Incremental story assembly: one article at a time, each joins a story or founds one.
 *
 * <p>Entry point: {@code StoryAssembler}, fed one analysed article at a time as {@code
 * ArticleFeatures} (by {@code io.storyline.store.ArticleLoader}, in publication-date order); {@code
 * add} returns an {@code Assignment}. The classes behind it, in the order an article meets them:
 *
 * <ul>
 *   <li>{@code IdfTable}: the document frequencies (counted so far, or fixed for a batch job) and
 *       the idf of each key, with every key numbered so story vectors can be packed.
 *   <li>{@code ArticleVectors}: the article side of scoring under today's idf (tf-idf and name-word
 *       vectors with their norms, embedding, numbers, places, people, main name), computed once per
 *       placement.
 *   <li>{@code StoryIndex}: candidate retrieval (an inverted index of terms and names → most recent
 *       stories, cut at {@code maxPostings}) and near-duplicates (MinHash bands).
 *   <li>{@code PairScorer}: the pair features of an article against a story for the learned {@code
 *       StoryPairModel} (gradient-boosted trees blended with a logistic regression, both in {@code
 *       story-pair-model.tsv}, written by {@code storyline eval clustering --out}), and the
 *       hand-weighted score of {@code AssemblyOptions}.
 *   <li>{@code StoryTable} and {@code StoryProfile}: the story state (each story's running summary,
 *       with its {@code StoryVector}s whose norms are kept between calls; article → story; the next
 *       story id; the features of the latest articles).
 *   <li>{@code Recluster}: the bounded re-clustering of the stories an article touched, in a canonical
 *       order, so arrival order does not decide the story.
 * </ul>
 *
 * <p>{@code StoryAssembler} itself holds the decision: join the best candidate above the threshold or
 * found a story, merge the stories an article bridges, then re-cluster. Nothing here is thread-safe;
 * one writer owns an assembler.
 */
@NullMarked
package io.storyline.cluster;

import org.jspecify.annotations.NullMarked;

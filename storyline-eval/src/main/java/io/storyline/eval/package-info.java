/**
 * Scorers for the evaluation sets: B-cubed and pairwise F1 for stories, quote and speaker scores,
 * claim and provenance scores against the seed gold, time-expression scores, shingle F1 for
 * extraction. The {@code storyline eval} commands (storyline-cli) read the sets and print these.
 *
 * <p>Entry points: {@link io.storyline.eval.SharedEval} reads a set's articles and gold stories
 * ({@link io.storyline.eval.GoldTsv} every TSV gold file), one scorer per task ({@link
 * io.storyline.eval.Clustering}, {@link io.storyline.eval.SeedQuoteScores}, {@link
 * io.storyline.eval.ClaimScores}, {@link io.storyline.eval.TimexScores}, …) scores it, and {@link
 * io.storyline.eval.Gates} holds the floors that both {@code storyline eval} and the tests apply.
 */
@NullMarked
package io.storyline.eval;

import org.jspecify.annotations.NullMarked;

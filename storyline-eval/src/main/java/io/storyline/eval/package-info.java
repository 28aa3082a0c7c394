/**
 * Scorers for the evaluation sets: B-cubed and pairwise F1 for stories, quote and speaker scores,
 * claim and provenance scores against the seed gold, time-expression scores, shingle F1 for
 * extraction. The {@code storyline eval} commands (storyline-cli) read the sets and print these.
 */
@NullMarked
package io.storyline.eval;

import org.jspecify.annotations.NullMarked;

/** Scorers for the evaluation sets: B-cubed, pairwise F1, shingle F1. */
@NullMarked
package io.storyline.eval;

import org.jspecify.annotations.NullMarked;

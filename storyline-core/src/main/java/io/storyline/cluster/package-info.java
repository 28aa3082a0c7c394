/** Incremental story assembly: candidate retrieval, scoring, join or found. */
@NullMarked
package io.storyline.cluster;

import org.jspecify.annotations.NullMarked;

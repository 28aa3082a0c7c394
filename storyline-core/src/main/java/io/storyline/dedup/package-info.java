/** Fingerprints for near-duplicate detection. */
@NullMarked
package io.storyline.dedup;

import org.jspecify.annotations.NullMarked;

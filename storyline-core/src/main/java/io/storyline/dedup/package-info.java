/**
 * Near-duplicate detection: {@link io.storyline.dedup.MinHasher} turns an article's normalised text
 * into a {@link io.storyline.dedup.Fingerprint} (a MinHash signature of word shingles), whose LSH bands
 * let story assembly find copies through an index instead of comparing all pairs, and whose share of
 * equal slots estimates the Jaccard similarity of two articles.
 */
@NullMarked
package io.storyline.dedup;

import org.jspecify.annotations.NullMarked;

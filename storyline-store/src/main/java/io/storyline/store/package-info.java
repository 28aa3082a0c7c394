/**
 * The embedded store: one data directory holding articles, their analysis, their stories and the
 * stories' digests.
 *
 * <p>Entry points: {@code Store.open(dir)} (an H2 database; one transaction per article); {@code
 * ArticleLoader} analyses articles on a thread pool and assigns them to stories in a fixed order;
 * {@code StoryDigests} computes, stores (through {@code DigestCodec}, with a basis hash) and reads
 * story digests; {@code JsonExport} writes the contract's JSON document.
 */
@NullMarked
package io.storyline.store;

import org.jspecify.annotations.NullMarked;

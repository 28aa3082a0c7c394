/**
 * Story-level views computed from a story's analysed articles: canonical speakers, the story's
 * quotes with their speakers and sides, quote groups, the timeline, claims and provenance, and the
 * cited summary, together a {@code StoryDigest}.
 *
 * <p>Entry point: {@code StoryDigester.digest(articles)}, called for one story when its articles
 * change (by {@code io.storyline.store.StoryDigests}, which stores the result); everything here is
 * values in, values out.
 */
@NullMarked
package io.storyline.digest;

import org.jspecify.annotations.NullMarked;

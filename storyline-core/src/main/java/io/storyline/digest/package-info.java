/**
 * Story-level views computed from a story's analysed articles: canonical speakers, the story's
 * quotes with their speakers and sides, and the quote groups (later: claims, provenance, timeline,
 * summary). Recomputed for one story when its articles change; everything here is values in,
 * values out.
 */
@NullMarked
package io.storyline.digest;

import org.jspecify.annotations.NullMarked;

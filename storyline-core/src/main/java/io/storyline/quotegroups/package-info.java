/**
 * Quote groups across the articles of a story: the renderings of one statement, each pair labelled
 * verbatim, trimmed, paraphrase, altered or misattributed, with a word-level diff.
 */
@NullMarked
package io.storyline.quotegroups;

import org.jspecify.annotations.NullMarked;

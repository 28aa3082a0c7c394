/**
 * Quotes in one article: direct quotes in every common mark style, speech set off by dashes,
 * indirect (reported) and mixed speech, each with its reporting verb and its speaker (named,
 * resolved from a pronoun or description, anonymous, or an institution).
 */
@NullMarked
package io.storyline.quotes;

import org.jspecify.annotations.NullMarked;

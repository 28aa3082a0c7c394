/**
 * Quote groups across the articles of a story: the renderings of one statement, each pair labelled
 * verbatim, trimmed, paraphrase, altered or misattributed, with a word-level diff.
 *
 * <p>Entry point: {@link io.storyline.quotegroups.QuoteGrouper#group}. Candidate pairs come from
 * blocking on shared rare words ({@code CandidateIndex}), never all pairs; each is scored from the
 * quotes' normalised words and stems ({@code Features}, {@code Lexical}), their embeddings and whether
 * their speakers can be one ({@code SpeakerCompat}), and labelled with a {@link
 * io.storyline.quotegroups.QuoteRelation}; {@code Components} (union-find keeping average-linkage
 * counts per component) joins the pairs into {@link io.storyline.quotegroups.QuoteGroup}s, and {@link
 * io.storyline.quotegroups.WordDiff} shows what changed between two renderings.
 */
@NullMarked
package io.storyline.quotegroups;

import org.jspecify.annotations.NullMarked;

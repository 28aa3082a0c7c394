/**
 * Quotes in one article: direct quotes in every common mark style, speech set off by dashes,
 * indirect (reported) and mixed speech, each with its reporting verb and its speaker (named,
 * resolved from a pronoun or description, anonymous, or an institution).
 *
 * <p>Entry point: {@link io.storyline.quotes.RuleQuoteFinder#find}. It marks quotation segments
 * ({@code QuoteMarks}), finds reporting clauses sentence by sentence ({@code Attributions}: a cue lexicon
 * over POS tags and lemmas ({@code CueForms}), then the ordered, named clause rules of {@code ClauseRules}
 * that find the speaker with the subject finders of {@code Subjects}, then {@code ReportedWords} for the
 * words reported), joins quotes to clauses ({@code
 * MarkedQuotes}) and resolves speakers ({@code SpeakerResolver}). To add a construction, add a rule to
 * {@code ClauseRules.RULES} with a sentence in {@code AttributionRulesTest}, and check the quote figures
 * of {@code storyline eval} before and after.
 */
@NullMarked
package io.storyline.quotes;

import org.jspecify.annotations.NullMarked;

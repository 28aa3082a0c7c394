/**
 * Sentences, tokens, universal POS tags, lemmas and language, from the Apache OpenNLP models of
 * {@link io.storyline.nlp.EnglishModels} (loaded once, shared). Entry point: {@link
 * io.storyline.nlp.OpenNlpAnalyzer}, one per thread, which splits each paragraph on its own and leaves
 * out boilerplate regions; {@link io.storyline.nlp.Sentence} and {@link io.storyline.nlp.Token} are what
 * every later stage reads.
 */
@NullMarked
package io.storyline.nlp;

import org.jspecify.annotations.NullMarked;

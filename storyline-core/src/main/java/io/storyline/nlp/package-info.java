/** Sentences, tokens, POS tags, lemmas and language from Apache OpenNLP models. */
@NullMarked
package io.storyline.nlp;

import org.jspecify.annotations.NullMarked;

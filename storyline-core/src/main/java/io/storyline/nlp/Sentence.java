package io.storyline.nlp;

import io.storyline.core.Span;
import java.util.List;

/**
 * One sentence of an article with its tokens.
 *
 * @param span offsets of the sentence in the original text
 * @param tokens the tokens, in order, all inside {@code span}
 */
public record Sentence(Span span, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}

package io.storyline.text;

import io.storyline.core.Span;

/**
 * One line judged boilerplate.
 *
 * @param span the line's content as a half-open UTF-16 range into the original text, without its line
 *     terminator
 * @param line the 0-based line number (lines end at {@code \n}, {@code \r\n} or a lone {@code \r})
 * @param kind why the line was judged boilerplate
 */
public record BoilerplateLine(Span span, int line, BoilerplateKind kind) {

    public BoilerplateLine {
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }
}

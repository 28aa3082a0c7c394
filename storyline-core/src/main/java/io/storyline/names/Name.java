package io.storyline.names;

import io.storyline.core.Span;

/**
 * One mention of a name in an article.
 *
 * @param span where the mention is in the original text (titles like "President" excluded)
 * @param text the mention as written
 * @param type what the name refers to
 * @param key the normalised form used for matching: the full name this mention resolves to in its
 *     article (a later "Ortiz" resolves to an earlier "Lina Ortiz"), lower case, accents removed
 */
public record Name(Span span, String text, NameType type, String key) {

    public Name {
        if (key.isBlank()) {
            throw new IllegalArgumentException("name key is blank for \"" + text + "\"");
        }
    }
}

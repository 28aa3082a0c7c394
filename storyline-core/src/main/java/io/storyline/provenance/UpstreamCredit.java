package io.storyline.provenance;

import io.storyline.core.Span;
import java.util.Objects;

/**
 * An article naming a source it got information from: "according to Reuters", "TASS reported",
 * "told Bloomberg", "an analyst at the RAND Corporation".
 *
 * @param article the article id
 * @param name the source as named, without articles or possessors ("Reuters", "RAND Corporation")
 * @param span where the crediting phrase is, half-open UTF-16 indices into the article text
 * @param media whether the phrase marks the source as a news medium (told, reported, news agency)
 *     rather than an organisation whose expert or statement is cited
 */
public record UpstreamCredit(String article, String name, Span span, boolean media) {

    public UpstreamCredit {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
        if (name.isBlank()) {
            throw new IllegalArgumentException("credit name is blank in article " + article);
        }
    }
}

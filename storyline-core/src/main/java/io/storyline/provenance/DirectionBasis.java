package io.storyline.provenance;

import java.util.Locale;

/** What decided which of two related articles derives from the other. */
public enum DirectionBasis {
    /** The later publication date. */
    PUBLISHED,
    /** Text evidence: garbling, trimming, crediting, or coverage of one by the other. */
    CONTENT,
    /** Same day and no text evidence: the article that arrived later in the story copies the earlier. */
    ARRIVAL;

    /** The contract's label: {@code published}, {@code content}, {@code arrival}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

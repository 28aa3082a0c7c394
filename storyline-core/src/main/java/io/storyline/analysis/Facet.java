package io.storyline.analysis;

/** A piece of analysis that a stage needs or provides. */
public enum Facet {
    /** The article text and metadata: always present. */
    TEXT,
    BOILERPLATE,
    LANGUAGE,
    /** Sentences with tokens, universal POS tags and lemmas. */
    SENTENCES,
    NAMES,
    /** Quotes with their speakers, within the article. */
    QUOTES,
    /** Time expressions resolved against the publication date. */
    TIMES,
    TERMS,
    FINGERPRINT,
    EMBEDDING
}

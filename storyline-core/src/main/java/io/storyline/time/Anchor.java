package io.storyline.time;

/** What a time expression's value was resolved against. */
public enum Anchor {
    /** Nothing: the expression is absolute ("11 March 2025"), a duration, a set or a reference word. */
    NONE,
    /** The publication date given with the article. */
    REFERENCE,
    /** A reference date inferred from the text because the article has no publication date. */
    INFERRED_REFERENCE,
    /** The last date the text mentioned before the expression ("a day earlier", "later that day"). */
    MENTIONED
}

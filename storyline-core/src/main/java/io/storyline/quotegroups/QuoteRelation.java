package io.storyline.quotegroups;

import java.util.Locale;

/** How two renderings of one statement relate. */
public enum QuoteRelation {
    /** The same words after normalisation (case, punctuation, quote marks, accents). */
    VERBATIM,
    /** One is a contiguous part or a shortened version of the other. */
    TRIMMED,
    /** The same meaning in different words. */
    PARAPHRASE,
    /** The wording changed in a way that changes the meaning: negation, numbers, dates, antonyms. */
    ALTERED,
    /** The same or nearly the same words credited to another speaker. */
    MISATTRIBUTED;

    /** The contract's label: "verbatim", "trimmed", "paraphrase", "altered", "misattributed". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

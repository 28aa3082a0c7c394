package io.storyline.provenance;

import java.util.Locale;

/** How an article relates to a source it derives from or cites. */
public enum Relation {
    /** Word for word (possibly trimmed or reordered). */
    COPY,
    /** The same text paraphrased, facts in the same order. */
    REWRITE,
    /** The same text in another language or back-translated. */
    TRANSLATION,
    /** A copy or rewrite damaged by machine spinning or bad translation. */
    GARBLED_COPY,
    /** Cites the source without copying its text. */
    CREDITS;

    /** The contract's label: {@code copy}, {@code rewrite}, {@code translation}, {@code garbled-copy}, {@code credits}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

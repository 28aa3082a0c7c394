package io.storyline.provenance;

import java.util.Locale;

/** A quality flag of an article. */
public enum ArticleFlag {
    /** Reads as bad machine translation or spinner output (mangled names, doubled words). */
    MACHINE_GARBLED,
    /** A paraphrase of another text of the story or of an upstream report. */
    PARAPHRASED_COPY,
    /** Nearly the same text as another article of the story. */
    NEAR_DUPLICATE;

    /** The contract's label: {@code machine-garbled}, {@code paraphrased-copy}, {@code near-duplicate}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

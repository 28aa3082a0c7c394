package io.storyline.quotes;

/** How a quote renders the speaker's words. */
public enum QuoteKind {
    /** The words between quotation marks, or set off by dashes as in translated European press. */
    DIRECT,
    /** Reported speech: the reported clause, without the reporting verb and without "that". */
    INDIRECT,
    /** A reported clause that contains some quoted words. */
    MIXED
}

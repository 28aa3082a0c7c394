package io.storyline.quotes;

import io.storyline.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * A reporting clause: a cue with its speaker, and the reported words when they are not quoted.
 *
 * @param sentence index of the sentence
 * @param cue the reporting verb or "according to"
 * @param speaker who is speaking, as written
 * @param clause the reporting clause (speaker and cue together, with a listener object)
 * @param content the reported words, or null
 * @param postposed whether the clause stands where it can follow the words it reports ("…, she said")
 * @param colon whether the reported words follow a colon
 * @param contentBefore whether {@code content} comes before the clause
 */
record Attribution(
        int sentence,
        Span cue,
        Mention speaker,
        Span clause,
        @Nullable Span content,
        boolean postposed,
        boolean colon,
        boolean contentBefore) {

    Attribution(int sentence, Span cue, Mention speaker, Span clause, @Nullable Span content, boolean postposed) {
        this(sentence, cue, speaker, clause, content, postposed, false, false);
    }

    /** The plain case: {@code speaker} with its cue, the clause being the cue alone, nothing reported yet. */
    static Attribution at(int sentence, Span cue, Mention speaker) {
        return new Attribution(sentence, cue, speaker, cue, null, false);
    }

    Attribution withContent(@Nullable Span c, boolean colon, boolean before) {
        return new Attribution(sentence, cue, speaker, clause, c, postposed, colon, before);
    }
}

package io.storyline.quotes;

import io.storyline.core.Span;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One quote in an article. Spans are half-open UTF-16 indices into the article's original text.
 *
 * <p>Contract: a direct quote's {@code span} is the text between the marks (marks excluded); an
 * indirect quote's span is the reported clause without the reporting verb and without "that"; a
 * mixed quote's span is the reported clause with its quoted words.
 *
 * @param kind direct, indirect or mixed
 * @param span the quoted or reported words
 * @param cue the reporting verb ("said", "according to"), or null when the quote has none of its own
 * @param speakerSpan the mention the attribution rests on in this article (a name with its title,
 *     a pronoun, a description such as "the spokesman" or "a senior official"), or null
 * @param speakerText the words of {@code speakerSpan}, or null when there is no mention
 * @param speaker the resolved speaker: the canonical name of a person or institution in this
 *     article ("Lina Ortiz" for "she" or "the minister"); null when anonymous or unknown
 * @param role the speaker's role or title as written next to the name ("Transport Minister"), or null
 * @param anonymous whether the source is deliberately unnamed ("a senior official", "sources close
 *     to the ministry"); an anonymous quote has no {@code speaker}
 */
public record Quote(
        QuoteKind kind,
        Span span,
        @Nullable Span cue,
        @Nullable Span speakerSpan,
        @Nullable String speakerText,
        @Nullable String speaker,
        @Nullable String role,
        boolean anonymous) {

    public Quote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        if (anonymous && speaker != null) {
            throw new IllegalArgumentException("an anonymous quote has no speaker, got " + speaker);
        }
        if ((speakerSpan == null) != (speakerText == null)) {
            throw new IllegalArgumentException(
                    "speakerSpan and speakerText go together, got " + speakerSpan + " and " + speakerText);
        }
    }

    /** The quoted or reported words in {@code text}, the article text the offsets point into. */
    public String text(String text) {
        return span.of(text);
    }
}

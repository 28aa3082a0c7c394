package io.storyline.claims;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.core.Span;
import io.storyline.names.Name;
import io.storyline.nlp.Sentence;
import io.storyline.quotes.Quote;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the claim and provenance stages need of one analysed article.
 *
 * <p>All spans are half-open UTF-16 indices into {@code text}.
 *
 * @param id the article id
 * @param text the article text exactly as ingested
 * @param published publication date, or null when unknown (used to orient derivations)
 * @param outlet the publishing outlet's name, or null when unknown (to tell whether others credit it)
 * @param boilerplate boilerplate line spans (never claims)
 * @param sentences sentences with tokens (UD POS, lemmas), outside the boilerplate
 * @param names name mentions
 * @param quotes quotes with speakers
 */
public record ClaimInput(
        String id,
        String text,
        @Nullable LocalDate published,
        @Nullable String outlet,
        List<Span> boilerplate,
        List<Sentence> sentences,
        List<Name> names,
        List<Quote> quotes) {

    public ClaimInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        boilerplate = List.copyOf(boilerplate);
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
        quotes = List.copyOf(quotes);
        for (Sentence s : sentences) {
            if (s.span().end() > text.length()) {
                throw new IllegalArgumentException("sentence " + s.span() + " ends after the text (length "
                        + text.length() + ") of article " + id);
            }
        }
    }

    /** The input for {@code a}: its text, date, boilerplate, sentences, names and quotes. */
    public static ClaimInput from(AnalyzedArticle a) {
        return new ClaimInput(
                a.id(),
                a.article().text(),
                a.article().published(),
                a.article().outlet(),
                a.boilerplate(),
                a.sentences(),
                a.names(),
                a.quotes());
    }
}

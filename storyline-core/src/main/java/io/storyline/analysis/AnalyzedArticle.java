package io.storyline.analysis;

import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.dedup.Fingerprint;
import io.storyline.embed.Embedding;
import io.storyline.names.Name;
import io.storyline.nlp.Sentence;
import io.storyline.quotes.Quote;
import io.storyline.time.TimeExpression;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An article with the analysis the stages have added so far; immutable.
 *
 * <p>{@code facets} says which parts are filled in; a part not yet computed is empty or null.
 * Spans are half-open UTF-16 indices into {@code article.text()}.
 *
 * @param article the article as ingested
 * @param facets the parts of the analysis present
 * @param boilerplate sorted spans of boilerplate lines
 * @param language ISO 639-1 language code, or "" before detection
 * @param sentences sentences outside the boilerplate, with tokens
 * @param names name mentions in text order
 * @param terms content-word lemma counts (the bag of words used to compare articles)
 * @param fingerprint MinHash signature of the text outside the boilerplate
 * @param embedding dense embedding of the article's lead, or null when not computed
 * @param quotes quotes with their speakers as resolved within the article
 * @param times time expressions outside the boilerplate, resolved against the publication date (or a
 *     date inferred from the text)
 */
public record AnalyzedArticle(
        Article article,
        Set<Facet> facets,
        List<Span> boilerplate,
        String language,
        List<Sentence> sentences,
        List<Name> names,
        Map<String, Integer> terms,
        @Nullable Fingerprint fingerprint,
        @Nullable Embedding embedding,
        List<Quote> quotes,
        List<TimeExpression> times) {

    public AnalyzedArticle {
        facets = Set.copyOf(facets);
        boilerplate = List.copyOf(boilerplate);
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
        terms = Map.copyOf(terms);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
        if (!facets.contains(Facet.TEXT)) {
            throw new IllegalArgumentException("an analysed article always has the TEXT facet");
        }
    }

    /** A fresh analysis of {@code article}: only the text. */
    public static AnalyzedArticle of(Article article) {
        return new AnalyzedArticle(
                article,
                Set.of(Facet.TEXT),
                List.of(),
                "",
                List.of(),
                List.of(),
                Map.of(),
                null,
                null,
                List.of(),
                List.of());
    }

    public String id() {
        return article.id();
    }

    public boolean has(Facet f) {
        return facets.contains(f);
    }

    private Set<Facet> plus(Facet... more) {
        EnumSet<Facet> s = EnumSet.copyOf(facets);
        s.addAll(List.of(more));
        return s;
    }

    public AnalyzedArticle withBoilerplate(List<Span> spans) {
        return new AnalyzedArticle(
                article,
                plus(Facet.BOILERPLATE),
                spans,
                language,
                sentences,
                names,
                terms,
                fingerprint,
                embedding,
                quotes,
                times);
    }

    public AnalyzedArticle withLanguageAndSentences(String lang, List<Sentence> sents) {
        return new AnalyzedArticle(
                article,
                plus(Facet.LANGUAGE, Facet.SENTENCES),
                boilerplate,
                lang,
                sents,
                names,
                terms,
                fingerprint,
                embedding,
                quotes,
                times);
    }

    public AnalyzedArticle withNames(List<Name> found) {
        return new AnalyzedArticle(
                article,
                plus(Facet.NAMES),
                boilerplate,
                language,
                sentences,
                found,
                terms,
                fingerprint,
                embedding,
                quotes,
                times);
    }

    public AnalyzedArticle withTerms(Map<String, Integer> counts) {
        return new AnalyzedArticle(
                article,
                plus(Facet.TERMS),
                boilerplate,
                language,
                sentences,
                names,
                counts,
                fingerprint,
                embedding,
                quotes,
                times);
    }

    public AnalyzedArticle withFingerprint(Fingerprint fp) {
        return new AnalyzedArticle(
                article,
                plus(Facet.FINGERPRINT),
                boilerplate,
                language,
                sentences,
                names,
                terms,
                fp,
                embedding,
                quotes,
                times);
    }

    public AnalyzedArticle withEmbedding(Embedding e) {
        return new AnalyzedArticle(
                article,
                plus(Facet.EMBEDDING),
                boilerplate,
                language,
                sentences,
                names,
                terms,
                fingerprint,
                e,
                quotes,
                times);
    }

    public AnalyzedArticle withQuotes(List<Quote> found) {
        return new AnalyzedArticle(
                article,
                plus(Facet.QUOTES),
                boilerplate,
                language,
                sentences,
                names,
                terms,
                fingerprint,
                embedding,
                found,
                times);
    }

    public AnalyzedArticle withTimes(List<TimeExpression> found) {
        return new AnalyzedArticle(
                article,
                plus(Facet.TIMES),
                boilerplate,
                language,
                sentences,
                names,
                terms,
                fingerprint,
                embedding,
                quotes,
                found);
    }

    /** The text with boilerplate lines left out (for fingerprints and embeddings, not for offsets). */
    public String contentText() {
        if (boilerplate.isEmpty()) {
            return article.text();
        }
        StringBuilder sb = new StringBuilder();
        int at = 0;
        String text = article.text();
        for (Span s : boilerplate) {
            if (s.start() > at) {
                sb.append(text, at, s.start());
            }
            at = Math.max(at, s.end());
        }
        if (at < text.length()) {
            sb.append(text, at, text.length());
        }
        return sb.toString();
    }
}

package io.storyline.store;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.cluster.ArticleFeatures;
import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.names.Name;
import io.storyline.nlp.Sentence;
import io.storyline.quotes.Quote;
import io.storyline.time.TimeExpression;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article as kept in the store: the article, what its analysis found that is shown to readers,
 * the features story assembly needs, and its story.
 *
 * @param article the article as ingested
 * @param contentHash SHA-256 (hex) of the text, to recognise the same input analysed twice
 * @param language detected or given language
 * @param boilerplate boilerplate line spans
 * @param names name mentions
 * @param features what story assembly compares
 * @param story the story id
 * @param nearDuplicateOf the earlier article it nearly duplicates, or null
 * @param quotes the article's quotes with speakers as resolved within the article
 * @param times the article's time expressions with their resolved values
 * @param sentences the article's sentences outside the boilerplate, with tokens, POS tags and lemmas
 */
public record StoredArticle(
        Article article,
        String contentHash,
        String language,
        List<Span> boilerplate,
        List<Name> names,
        ArticleFeatures features,
        String story,
        @Nullable String nearDuplicateOf,
        List<Quote> quotes,
        List<TimeExpression> times,
        List<Sentence> sentences) {

    public StoredArticle {
        boilerplate = List.copyOf(boilerplate);
        names = List.copyOf(names);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
        sentences = List.copyOf(sentences);
    }

    public String id() {
        return article.id();
    }

    /**
     * The stored form of {@code analysed}, whose features are {@code features}, in story {@code story}
     * (empty while not yet assigned), nearly duplicating {@code nearDuplicateOf} (or null).
     */
    public static StoredArticle of(
            AnalyzedArticle analysed, ArticleFeatures features, String story, @Nullable String nearDuplicateOf) {
        Article a = analysed.article();
        return new StoredArticle(
                a,
                contentHash(a.text()),
                analysed.language(),
                analysed.boilerplate(),
                analysed.names(),
                features,
                story,
                nearDuplicateOf,
                analysed.quotes(),
                analysed.times(),
                analysed.sentences());
    }

    /** The content hash of an article text: SHA-256 of its UTF-8 bytes, in hex. */
    public static String contentHash(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

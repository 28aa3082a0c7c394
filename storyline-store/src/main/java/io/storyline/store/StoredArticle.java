package io.storyline.store;

import io.storyline.cluster.ArticleFeatures;
import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.names.Name;
import io.storyline.nlp.Sentence;
import io.storyline.quotes.Quote;
import io.storyline.time.TimeExpression;
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
}

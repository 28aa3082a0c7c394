package io.storyline.digest;

import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.names.Name;
import io.storyline.nlp.Sentence;
import io.storyline.quotes.Quote;
import io.storyline.time.TimeExpression;
import java.util.List;
import java.util.Objects;

/**
 * What the story-level views need of one article: the article and what the article-level analysis
 * found in it. Offsets are half-open UTF-16 indices into {@code article.text()}.
 *
 * @param article the article as ingested
 * @param boilerplate boilerplate line spans
 * @param names name mentions
 * @param quotes the quotes the article-level finder returned, in text order
 * @param times the article's time expressions, resolved against its publication date
 * @param sentences the article's sentences outside the boilerplate, with tokens, in text order
 */
public record StoryArticle(
        Article article,
        List<Span> boilerplate,
        List<Name> names,
        List<Quote> quotes,
        List<TimeExpression> times,
        List<Sentence> sentences) {

    public StoryArticle {
        Objects.requireNonNull(article, "article");
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

package io.storyline.bench;

import io.storyline.core.Article;
import io.storyline.quotes.Quote;
import java.util.List;

/** A quote finder under comparison: an article in, its quotes out (offsets into its text). */
public interface QuoteSystem {

    /** A short name for tables. */
    String name();

    /** The quotes of one article, in text order; spans are half-open UTF-16 indices into its text. */
    List<Quote> find(Article article);
}

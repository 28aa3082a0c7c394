package io.storyline.analysis;

import java.util.Set;

/**
 * One step of article analysis: a pure function from an analysed article to a richer one.
 *
 * <p>A stage declares the facets it needs and the ones it provides; {@link Pipeline} checks the
 * wiring once when it is built. Implementations are thread-safe: one instance serves all threads.
 */
public interface ArticleStage {

    /** A short name for messages, e.g. "sentences". */
    String name();

    Set<Facet> needs();

    Set<Facet> provides();

    AnalyzedArticle apply(AnalyzedArticle article);
}

/**
 * The article-level pipeline: immutable analysed articles and the stages that build them.
 *
 * <p>Entry point: {@code StandardPipeline.create(options)} builds the checked {@code Pipeline} of
 * {@code ArticleStage}s (boilerplate, sentences and tokens, names, quotes, times, terms, MinHash,
 * embedding); {@code Pipeline.analyze(article)} returns an {@code AnalyzedArticle}. Each stage
 * declares the {@code Facet}s it needs and provides, and the pipeline refuses a wrong order when
 * it is built. Analysis is a pure function of one article: stages are thread-safe.
 */
@NullMarked
package io.storyline.analysis;

import org.jspecify.annotations.NullMarked;

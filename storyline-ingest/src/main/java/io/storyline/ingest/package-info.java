/**
 * Reading articles into Storyline: plain text, HTML (main-text extraction), JSON and JSON Lines files,
 * WARC archives and request bodies, with every bad input reported and skipped rather than failing the
 * batch. Feeds (RSS/Atom, polled politely) are the {@code feeds} subpackage.
 *
 * <p>Entry points: {@link io.storyline.ingest.InputReader#read} for files and directories (each item a
 * {@link io.storyline.ingest.ReadResult}: {@code Read} or {@code Skipped} with the reason), {@link
 * io.storyline.ingest.ArticleBodyReader} for an HTTP body, {@link io.storyline.ingest.HtmlExtractor} for
 * one page. Extraction: {@code BlockSplitter} cuts the page into {@code TextBlock}s; {@code
 * BlockFeatures} describes each (its text through {@code BlockText}, its ancestors through {@code
 * BlockAncestry}, the page's title and JSON-LD body, the hand-weighted {@code HeuristicSelection}); the
 * learned {@code BlockModel} (gradient-boosted trees, {@code learn.BoostedTrees}, then a logistic regression over
 * the block's and its neighbours' and containers' probabilities, {@code ContextFeatures}; weights in a
 * resource, trained by {@code BlockModelTrainer}, chosen by site folds) keeps or drops each block; {@code PageMetadata} reads title, date, author and language. {@code
 * ExtractionEvaluation} and {@code ExtractionCrossValidation} score it on the eval sets ({@code
 * storyline eval extraction}).
 */
@NullMarked
package io.storyline.ingest;

import org.jspecify.annotations.NullMarked;

/**
 * Benchmarks and measured experiments, not part of the product: JMH story assembly ({@code
 * AssemblyBenchmark}), one story at 50 / 200 / 1,000 articles ({@code StoryScaleBench}), the API under
 * concurrent clients ({@code LoadBench}), the cost of claims and provenance ({@code EvidenceCostBench}),
 * pair scores against gold claims ({@code PairScoreAuc}) and quote finding beside CoreNLP ({@code
 * QuoteComparison}). Commands and figures: {@code storyline-bench/README.md}.
 */
@NullMarked
package io.storyline.bench;

import org.jspecify.annotations.NullMarked;

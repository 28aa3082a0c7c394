package io.storyline.cli;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StageTimes;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article analysis of the evaluation sets, done once per set in one {@code storyline eval} run: the
 * clustering, quote and claim sections of the scorecard read the same analysed articles (the analysis
 * is a pure function of each article, so sharing it changes no figure, only the time the run takes).
 * Not thread-safe: one scorecard run uses it.
 */
final class AnalysedSets {

    /**
     * One set's analysis.
     *
     * @param articles the analysed articles, in the stream order of {@link EvalSets#articles}
     * @param times the time of each stage, summed over threads
     * @param seconds the wall time the analysis took
     * @param threads the threads it ran on
     */
    record Analysed(List<AnalyzedArticle> articles, StageTimes times, double seconds, int threads) {
        Analysed {
            articles = List.copyOf(articles);
        }
    }

    private final Pipeline pipeline;
    private final int threads;
    private final Map<Path, Analysed> done = new HashMap<>();

    AnalysedSets(Pipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = threads;
    }

    /** The analysis of {@code dir/articles.jsonl}, computed on the first call for {@code dir}. */
    Analysed of(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        Analysed a = done.get(key);
        if (a == null) {
            StageTimes times = new StageTimes();
            long t0 = System.nanoTime();
            List<AnalyzedArticle> articles = QuotesEval.analyse(EvalSets.articles(dir), pipeline.timed(times), threads);
            a = new Analysed(articles, times, (System.nanoTime() - t0) / 1e9, threads);
            done.put(key, a);
        }
        return a;
    }

    /** Forgets the analysis of {@code dir} (its last user is done with it). */
    void release(Path dir) {
        done.remove(dir.toAbsolutePath().normalize());
    }
}

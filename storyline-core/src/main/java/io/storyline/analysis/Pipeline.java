package io.storyline.analysis;

import io.storyline.core.Article;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A checked chain of {@link ArticleStage}s that analyses one article at a time.
 *
 * <p>Building it fails with a message naming the fix when a stage needs a facet that no earlier
 * stage provides. Thread-safe when its stages are (all of Storyline's are).
 */
public final class Pipeline {

    private final List<ArticleStage> stages;
    private final @Nullable StageTimes times;

    private Pipeline(List<ArticleStage> stages, @Nullable StageTimes times) {
        this.stages = List.copyOf(stages);
        this.times = times;
    }

    /** Checks the wiring of {@code stages} and returns the pipeline. */
    public static Pipeline of(List<ArticleStage> stages) {
        Set<Facet> have = EnumSet.of(Facet.TEXT);
        for (ArticleStage s : stages) {
            for (Facet need : s.needs()) {
                if (!have.contains(need)) {
                    throw new IllegalArgumentException("stage '" + s.name() + "' needs " + need
                            + ", which no earlier stage provides: put a stage that provides " + need
                            + " before '" + s.name() + "'");
                }
            }
            have.addAll(s.provides());
        }
        return new Pipeline(stages, null);
    }

    public List<ArticleStage> stages() {
        return stages;
    }

    /** The same pipeline, adding the time spent in each stage to {@code times}. */
    public Pipeline timed(StageTimes times) {
        return new Pipeline(stages, times);
    }

    /** Runs every stage on {@code article}. */
    public AnalyzedArticle analyze(Article article) {
        AnalyzedArticle a = AnalyzedArticle.of(article);
        for (ArticleStage s : stages) {
            if (times == null) {
                a = s.apply(a);
            } else {
                long t0 = System.nanoTime();
                a = s.apply(a);
                times.add(s.name(), System.nanoTime() - t0);
            }
        }
        return a;
    }
}

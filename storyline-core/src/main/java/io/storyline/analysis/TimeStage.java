package io.storyline.analysis;

import io.storyline.core.Span;
import io.storyline.time.RuleTimeFinder;
import io.storyline.time.TimeAnalysis;
import io.storyline.time.TimeExpression;
import java.util.List;
import java.util.Set;

/**
 * Finds time expressions and resolves them against the publication date, or a date inferred from the
 * text when there is none ({@link RuleTimeFinder}); expressions inside boilerplate lines are dropped.
 * Thread-safe.
 */
public final class TimeStage implements ArticleStage {

    private final RuleTimeFinder finder;

    public TimeStage(RuleTimeFinder finder) {
        this.finder = finder;
    }

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<Facet> needs() {
        return Set.of(Facet.BOILERPLATE);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.TIMES);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle a) {
        TimeAnalysis t = finder.analyse(a.article());
        List<TimeExpression> kept = t.expressions().stream()
                .filter(e -> !inside(e.span(), a.boilerplate()))
                .toList();
        return a.withTimes(kept);
    }

    private static boolean inside(Span s, List<Span> boilerplate) {
        for (Span b : boilerplate) {
            if (s.start() >= b.start() && s.end() <= b.end()) {
                return true;
            }
        }
        return false;
    }
}

package io.storyline.analysis;

import io.storyline.text.BoilerplateDetector;
import java.util.Set;

/** Marks boilerplate lines (newsletter prompts, credits, repeated headlines, bylines) by their spans. */
public final class BoilerplateStage implements ArticleStage {

    private final BoilerplateDetector detector;

    public BoilerplateStage(BoilerplateDetector detector) {
        this.detector = detector;
    }

    @Override
    public String name() {
        return "boilerplate";
    }

    @Override
    public Set<Facet> needs() {
        return Set.of(Facet.TEXT);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.BOILERPLATE);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle a) {
        return a.withBoilerplate(detector.detect(a.article().text(), a.article().title()));
    }
}

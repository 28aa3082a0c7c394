package io.storyline.analysis;

import io.storyline.names.RuleNameFinder;
import java.util.Set;

/** Finds the names of people, organisations and places ({@link RuleNameFinder}). */
public final class NameStage implements ArticleStage {

    private final RuleNameFinder finder = new RuleNameFinder();

    @Override
    public String name() {
        return "names";
    }

    @Override
    public Set<Facet> needs() {
        return Set.of(Facet.SENTENCES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.NAMES);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle a) {
        return a.withNames(finder.find(a.article().text(), a.sentences()));
    }
}

package io.storyline.analysis;

import io.storyline.quotes.RuleQuoteFinder;
import java.util.Set;

/** Finds direct, indirect and mixed quotes and their speakers within the article ({@link RuleQuoteFinder}). */
public final class QuoteStage implements ArticleStage {

    private final RuleQuoteFinder finder;

    public QuoteStage(RuleQuoteFinder finder) {
        this.finder = finder;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Facet> needs() {
        return Set.of(Facet.BOILERPLATE, Facet.SENTENCES, Facet.NAMES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.QUOTES);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle a) {
        return a.withQuotes(finder.find(a.article().text(), a.sentences(), a.names(), a.boilerplate()));
    }
}

package io.storyline.bench;

import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.names.Name;
import io.storyline.names.RuleNameFinder;
import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import io.storyline.nlp.Sentence;
import io.storyline.quotes.Quote;
import io.storyline.quotes.RuleQuoteFinder;
import io.storyline.text.BoilerplateDetector;
import java.util.List;

/**
 * Storyline's own quote finding, run the way the product runs it: boilerplate lines, OpenNLP
 * sentences outside them, rule-based names, then {@link RuleQuoteFinder}. Loading the OpenNLP models
 * is the constructor's cost; thread-safe afterwards.
 */
public final class StorylineQuotes implements QuoteSystem {

    private final OpenNlpAnalyzer nlp = new OpenNlpAnalyzer(EnglishModels.load());
    private final RuleNameFinder names = new RuleNameFinder();
    private final BoilerplateDetector boilerplate = new BoilerplateDetector();
    private final RuleQuoteFinder finder = new RuleQuoteFinder();

    @Override
    public String name() {
        return "Storyline RuleQuoteFinder";
    }

    @Override
    public List<Quote> find(Article article) {
        String text = article.text();
        List<Span> bp = boilerplate.detect(text, article.title());
        List<Sentence> sentences = nlp.sentences(text, bp);
        List<Name> found = names.find(text, sentences);
        return finder.find(text, sentences, found, bp);
    }
}

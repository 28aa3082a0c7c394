package io.storyline.quotes;

import io.storyline.names.RuleNameFinder;
import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import io.storyline.nlp.Sentence;
import java.util.List;

/** Test helper: runs the analysis the quote finder needs (sentences and names, no boilerplate). */
final class Articles {

    static final OpenNlpAnalyzer NLP = new OpenNlpAnalyzer(EnglishModels.load());
    static final RuleNameFinder NAMES = new RuleNameFinder();

    private Articles() {}

    static List<Quote> quotes(RuleQuoteFinder finder, String text) {
        List<Sentence> sentences = NLP.sentences(text, List.of());
        return finder.find(text, sentences, NAMES.find(text, sentences), List.of());
    }
}

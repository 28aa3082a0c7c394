package io.storyline.analysis;

import io.storyline.nlp.OpenNlpAnalyzer;
import java.util.Set;

/** Detects the language and splits the non-boilerplate text into tagged sentences (OpenNLP). */
public final class NlpStage implements ArticleStage {

    private final OpenNlpAnalyzer nlp;

    public NlpStage(OpenNlpAnalyzer nlp) {
        this.nlp = nlp;
    }

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Facet> needs() {
        return Set.of(Facet.BOILERPLATE);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.LANGUAGE, Facet.SENTENCES);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle a) {
        String given = a.article().language();
        String lang = given != null && !given.isBlank() ? given : nlp.language(a.contentText());
        return a.withLanguageAndSentences(lang, nlp.sentences(a.article().text(), a.boilerplate()));
    }
}

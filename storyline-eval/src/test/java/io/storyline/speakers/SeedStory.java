package io.storyline.speakers;

import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.eval.SharedEval;
import io.storyline.names.Name;
import io.storyline.names.RuleNameFinder;
import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import io.storyline.nlp.Sentence;
import io.storyline.quotes.Quote;
import io.storyline.quotes.RuleQuoteFinder;
import io.storyline.text.BoilerplateDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test helper: the seed story's five articles run through boilerplate detection, sentences, names
 * and the article-level quote finder, read from the shared evaluation folder (never copied).
 */
public final class SeedStory {

    private SeedStory() {}

    /** The shared {@code eval/ceasefire-2025} folder, if present. */
    public static Optional<Path> dir() {
        return SharedEval.dir().map(p -> p.resolve("ceasefire-2025")).filter(Files::isDirectory);
    }

    /** Each article of {@code dir} with its quotes and names. */
    public static List<ArticleQuotes> analyse(Path dir) {
        OpenNlpAnalyzer nlp = new OpenNlpAnalyzer(EnglishModels.load());
        RuleNameFinder names = new RuleNameFinder();
        BoilerplateDetector boilerplate = new BoilerplateDetector();
        RuleQuoteFinder finder = new RuleQuoteFinder();
        List<ArticleQuotes> out = new ArrayList<>();
        for (Article a : SharedEval.articles(dir.resolve("articles.jsonl"))) {
            String text = a.text();
            List<Span> bp = boilerplate.detect(text, a.title());
            List<Sentence> sentences = nlp.sentences(text, bp);
            List<Name> found = names.find(text, sentences);
            List<Quote> quotes = finder.find(text, sentences, found, bp);
            out.add(new ArticleQuotes(a.id(), text, quotes, found));
        }
        return out;
    }
}

package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.eval.SharedEval;
import io.storyline.names.Name;
import io.storyline.names.RuleNameFinder;
import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import io.storyline.nlp.Sentence;
import io.storyline.text.BoilerplateDetector;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Test helper: reads the shared evaluation sets and runs the analysis the finder needs. */
final class Articles {

    static final OpenNlpAnalyzer NLP = new OpenNlpAnalyzer(EnglishModels.load());
    static final RuleNameFinder NAMES = new RuleNameFinder();
    static final BoilerplateDetector BOILERPLATE = new BoilerplateDetector();

    record Doc(String id, @Nullable String title, String text) {}

    private Articles() {}

    static Optional<Path> evalDir() {
        return SharedEval.dir();
    }

    static Map<String, Doc> read(Path jsonl) {
        Map<String, Doc> docs = new LinkedHashMap<>();
        SharedEval.articles(jsonl).forEach(a -> docs.put(a.id(), new Doc(a.id(), a.title(), a.text())));
        return docs;
    }

    /** Boilerplate, sentences, names, then the finder. */
    static List<Quote> quotes(RuleQuoteFinder finder, String text, @Nullable String title) {
        List<Span> bp = BOILERPLATE.detect(text, title);
        List<Sentence> sentences = NLP.sentences(text, bp);
        List<Name> names = NAMES.find(text, sentences);
        return finder.find(text, sentences, names, bp);
    }

    static List<Quote> quotes(RuleQuoteFinder finder, String text) {
        List<Sentence> sentences = NLP.sentences(text, List.of());
        return finder.find(text, sentences, NAMES.find(text, sentences), List.of());
    }
}

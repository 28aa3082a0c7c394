package io.storyline.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.core.Span;
import io.storyline.names.Name;
import io.storyline.names.RuleNameFinder;
import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import io.storyline.nlp.Sentence;
import io.storyline.text.BoilerplateDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("storyline.shared");
        if (prop != null) {
            candidates.add(Path.of(prop));
        }
        candidates.add(Path.of("../shared"));
        candidates.add(Path.of("../../shared"));
        return candidates.stream()
                .map(p -> p.resolve("eval"))
                .filter(Files::isDirectory)
                .findFirst();
    }

    static Map<String, Doc> read(Path jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Doc> docs = new LinkedHashMap<>();
        try {
            for (String row : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (row.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(row);
                JsonNode title = n.get("title");
                String id = n.get("id").asText();
                docs.put(
                        id,
                        new Doc(
                                id,
                                title == null || title.isNull() ? null : title.asText(),
                                n.get("text").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

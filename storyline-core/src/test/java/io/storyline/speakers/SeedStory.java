package io.storyline.speakers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        ObjectMapper mapper = new ObjectMapper();
        List<ArticleQuotes> out = new ArrayList<>();
        try {
            for (String row : Files.readAllLines(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
                if (row.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(row);
                JsonNode titleNode = n.get("title");
                String title = titleNode == null || titleNode.isNull() ? null : titleNode.asText();
                String text = n.get("text").asText();
                List<Span> bp = boilerplate.detect(text, title);
                List<Sentence> sentences = nlp.sentences(text, bp);
                List<Name> found = names.find(text, sentences);
                List<Quote> quotes = finder.find(text, sentences, found, bp);
                out.add(new ArticleQuotes(n.get("id").asText(), text, quotes, found));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Rows of a gold TSV file (header dropped), split on tabs. */
    public static List<String[]> tsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.storyline.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.Pipeline;
import io.storyline.core.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Test helper: reads the shared evaluation sets (never copied into the repository). */
final class EvalStories {

    private EvalStories() {}

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

    static List<Article> articles(Path jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try {
            for (String row : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (row.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(row);
                out.add(new Article(
                        n.get("id").asText(),
                        text(n, "title"),
                        n.get("text").asText(),
                        date(text(n, "published")),
                        text(n, "outlet"),
                        text(n, "url"),
                        "en"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static @Nullable String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static @Nullable LocalDate date(@Nullable String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Story id → article ids, from {@code gold-stories.tsv}. */
    static Map<String, List<String>> stories(Path tsv) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String[] row : tsv(tsv)) {
            out.computeIfAbsent(row[1], k -> new ArrayList<>()).add(row[0]);
        }
        return out;
    }

    static List<String[]> tsv(Path file) {
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

    static List<AnalyzedArticle> analyze(Pipeline pipeline, List<Article> articles) {
        return articles.stream().map(pipeline::analyze).toList();
    }
}

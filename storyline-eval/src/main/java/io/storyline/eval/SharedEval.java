package io.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Finds and reads the shared evaluation sets (licensed for evaluation only: read in place, never
 * copied into the repository). One place for what the tests, benchmarks and scorers all need.
 * Stateless.
 */
public final class SharedEval {

    private SharedEval() {}

    /**
     * The shared {@code eval} folder: under the system property {@code storyline.shared} (set by the
     * build for tests), else {@code ../shared} or {@code ../../shared}; empty when none exists.
     */
    public static Optional<Path> dir() {
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

    /**
     * The articles of an evaluation set's {@code articles.jsonl}, in file order; a {@code published}
     * date-time keeps its date, an unreadable one reads as undated, the language defaults to "en".
     */
    public static List<Article> articles(Path jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try {
            for (String row : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (row.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(row);
                String language = text(n, "language");
                out.add(new Article(
                        n.get("id").asText(),
                        text(n, "title"),
                        n.get("text").asText(),
                        date(text(n, "published")),
                        text(n, "outlet"),
                        text(n, "url"),
                        language == null ? "en" : language));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Story id → its article ids in file order, from a {@code gold-stories.tsv} (article id, story id). */
    public static Map<String, List<String>> stories(Path goldStoriesTsv) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        storyOf(goldStoriesTsv)
                .forEach((article, story) ->
                        out.computeIfAbsent(story, k -> new ArrayList<>()).add(article));
        return out;
    }

    /** Article id → story id, from a {@code gold-stories.tsv} (article id, story id), in file order. */
    public static Map<String, String> storyOf(Path goldStoriesTsv) {
        Map<String, String> gold = new LinkedHashMap<>();
        for (String[] f : GoldTsv.rows(goldStoriesTsv, 2)) {
            gold.put(f[0], f[1]);
        }
        return gold;
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
}

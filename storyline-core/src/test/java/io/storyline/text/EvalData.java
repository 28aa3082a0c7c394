package io.storyline.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads the evaluation sets in the shared folder (never copied into the repository). */
final class EvalData {

    /** One article of an {@code articles.jsonl}. */
    record Doc(String id, @Nullable String title, String text) {}

    private EvalData() {}

    /** The shared evaluation folder, if present. */
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

    static List<Doc> articles(Path jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        try {
            for (String row : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (row.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(row);
                JsonNode title = n.get("title");
                docs.add(new Doc(
                        n.get("id").asText(),
                        title == null || title.isNull() ? null : title.asText(),
                        n.get("text").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }
}

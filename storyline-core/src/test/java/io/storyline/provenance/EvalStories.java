package io.storyline.provenance;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.Pipeline;
import io.storyline.core.Article;
import io.storyline.eval.SharedEval;
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

/** Test helper: reads the shared evaluation sets (never copied into the repository). */
final class EvalStories {

    private EvalStories() {}

    static Optional<Path> evalDir() {
        return SharedEval.dir();
    }

    static List<Article> articles(Path jsonl) {
        return SharedEval.articles(jsonl);
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

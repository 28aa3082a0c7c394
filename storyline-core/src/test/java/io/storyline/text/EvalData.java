package io.storyline.text;

import io.storyline.eval.SharedEval;
import java.nio.file.Path;
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
        return SharedEval.dir();
    }

    static List<Doc> articles(Path jsonl) {
        return SharedEval.articles(jsonl).stream()
                .map(a -> new Doc(a.id(), a.title(), a.text()))
                .toList();
    }
}

package io.storyline.bench;

import io.storyline.eval.SharedEval;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article of a shared evaluation set ({@code articles.jsonl} in the uniform format): only what
 * the quote finders need.
 *
 * @param id the article id, unique in its folder
 * @param title the headline, or null
 * @param text the article text every gold offset points into
 */
public record EvalArticle(String id, @Nullable String title, String text) {

    public EvalArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** Every article of an {@code articles.jsonl} file, sorted by id. */
    public static List<EvalArticle> read(Path jsonl) {
        return SharedEval.articles(jsonl).stream()
                .map(a -> new EvalArticle(a.id(), a.title(), a.text()))
                .sorted(Comparator.comparing(EvalArticle::id))
                .toList();
    }

    /**
     * A deterministic sample of {@code size} articles spread evenly over the id-sorted list (so every
     * outlet of a set sorted by outlet prefix is represented), or all of them when {@code size} is at
     * least their number.
     */
    public static List<EvalArticle> sample(List<EvalArticle> sorted, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("sample size must be positive, got " + size);
        }
        if (size >= sorted.size()) {
            return sorted;
        }
        List<EvalArticle> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(sorted.get((int) ((long) i * sorted.size() / size)));
        }
        return List.copyOf(out);
    }
}

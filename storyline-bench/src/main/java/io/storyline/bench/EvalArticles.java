package io.storyline.bench;

import io.storyline.core.Article;
import io.storyline.eval.SharedEval;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads the articles of a shared evaluation set for the quote comparison, and samples them. */
public final class EvalArticles {

    private EvalArticles() {}

    /** Every article of an {@code articles.jsonl} file, sorted by id. */
    public static List<Article> read(Path jsonl) {
        return SharedEval.articles(jsonl).stream()
                .sorted(Comparator.comparing(Article::id))
                .toList();
    }

    /**
     * A deterministic sample of {@code size} articles spread evenly over the id-sorted list (so every
     * outlet of a set sorted by outlet prefix is represented), or all of them when {@code size} is at
     * least their number.
     */
    public static List<Article> sample(List<Article> sorted, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("sample size must be positive, got " + size);
        }
        if (size >= sorted.size()) {
            return sorted;
        }
        List<Article> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(sorted.get((int) ((long) i * sorted.size() / size)));
        }
        return List.copyOf(out);
    }
}

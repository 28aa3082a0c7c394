package io.storyline.cluster;

import io.storyline.embed.Embedding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The running summary of one story that new articles are compared with: summed normalised term
 * weights, name counts, date range and embedding centroid. Mutable; owned by {@link StoryAssembler}.
 */
final class StoryProfile {

    final String id;
    final List<String> articles = new ArrayList<>();
    final Map<String, Double> terms = new HashMap<>();
    final Map<String, Integer> names = new HashMap<>();

    @Nullable
    LocalDate first;

    @Nullable
    LocalDate last;

    float @Nullable [] embeddingSum;
    int embedded;

    StoryProfile(String id) {
        this.id = id;
    }

    void add(ArticleFeatures f) {
        articles.add(f.id());
        double norm = 0;
        for (int c : f.terms().values()) {
            norm += (double) c * c;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (Map.Entry<String, Integer> e : f.terms().entrySet()) {
                terms.merge(e.getKey(), e.getValue() / norm, Double::sum);
            }
        }
        for (String n : f.names().keySet()) {
            names.merge(n, 1, Integer::sum);
        }
        LocalDate d = f.published();
        if (d != null) {
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
        }
        Embedding e = f.embedding();
        if (e != null) {
            float[] v = e.copyOf();
            if (embeddingSum == null) {
                embeddingSum = new float[v.length];
            }
            for (int i = 0; i < v.length && i < embeddingSum.length; i++) {
                embeddingSum[i] += v[i];
            }
            embedded++;
        }
    }

    /** Days between {@code d} and the story's date range (0 inside it), or -1 when either is undated. */
    long dayGap(@Nullable LocalDate d) {
        if (d == null || first == null || last == null) {
            return -1;
        }
        if (d.isBefore(first)) {
            return first.toEpochDay() - d.toEpochDay();
        }
        if (d.isAfter(last)) {
            return d.toEpochDay() - last.toEpochDay();
        }
        return 0;
    }
}

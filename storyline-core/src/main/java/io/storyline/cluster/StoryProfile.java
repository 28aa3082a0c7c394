package io.storyline.cluster;

import io.storyline.embed.Embedding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The running summary of one story that new articles are compared with: summed normalised term
 * weights, summed normalised name-word vectors, in how many articles each name and each mentioned
 * year occurs, the date range and the embedding centroid. Mutable; owned by {@link StoryAssembler}.
 */
final class StoryProfile {

    final String id;
    final List<String> articles = new ArrayList<>();
    final Map<String, Double> terms = new HashMap<>();
    final Map<String, Integer> names = new HashMap<>();
    final Map<String, Double> nameWords = new HashMap<>();
    final Map<String, Integer> years = new HashMap<>();

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
        for (Map.Entry<String, Integer> e : f.terms().entrySet()) {
            if (ArticleFeatures.isYear(e.getKey())) {
                years.merge(e.getKey(), 1, Integer::sum);
            } else {
                norm += (double) e.getValue() * e.getValue();
            }
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (Map.Entry<String, Integer> e : f.terms().entrySet()) {
                if (!ArticleFeatures.isYear(e.getKey())) {
                    terms.merge(e.getKey(), e.getValue() / norm, Double::sum);
                }
            }
        }
        for (String n : f.names().keySet()) {
            names.merge(n, 1, Integer::sum);
        }
        Set<String> words = StoryAssembler.nameWords(f);
        for (String w : words) {
            nameWords.merge(w, 1 / Math.sqrt(words.size()), Double::sum);
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

package io.storyline.cluster;

import io.storyline.embed.Embedding;
import io.storyline.names.NameType;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The running summary of one story that new articles are compared with: summed normalised term
 * weights, summed normalised name-word vectors, in how many articles each name and each mentioned
 * year occurs, the date range, the embedding centroid, and in how many articles each title word,
 * lead term, stated date and number occurs; and what is derived from them for scoring (the norms of
 * the summed vectors under today's idf, the main name, the centroid's norm), kept until the story
 * changes. Mutable; owned by a {@link StoryTable} or, while stories are regrouped, by {@link
 * Recluster}.
 */
final class StoryProfile {

    final String id;
    final List<String> articles = new ArrayList<>();
    final StoryVector terms = new StoryVector();
    final Map<String, Integer> names = new HashMap<>();
    final StoryVector nameWords = new StoryVector();
    final Map<String, Integer> years = new HashMap<>();
    final Map<String, Integer> title = new HashMap<>();
    final Map<String, Integer> lead = new HashMap<>();
    final Map<String, Integer> dates = new HashMap<>();
    final Map<String, Integer> numbers = new HashMap<>();
    final Map<String, Integer> places = new HashMap<>();
    final Map<String, Integer> people = new HashMap<>();
    int titled;

    /** The embeddings and lead terms of the story's most recent articles, newest first, at most {@link #RECENT}. */
    final Deque<Embedded> recentEmbeddings = new ArrayDeque<>();

    final Deque<Set<String>> recentLeads = new ArrayDeque<>();

    /** How many of a story's latest articles are compared one by one (bounds the cost of a pair). */
    static final int RECENT = 8;

    @Nullable
    LocalDate first;

    @Nullable
    LocalDate last;

    float @Nullable [] embeddingSum;
    int embedded;

    /** Counts the changes, so that what is derived from the summaries is recomputed after one. */
    private int changes;

    private int namesSeen = -1;
    private @Nullable String mainName;
    private final Map<String, Integer> lastWordCarriers = new HashMap<>();
    private int centroidSeen = -1;
    private double centroidNorm2;

    /** An embedding with its squared norm ({@link PairScorer#norm2}), computed once. */
    static final class Embedded {
        private final float[] vector;
        private final double norm2;

        Embedded(float[] vector) {
            this.vector = vector;
            this.norm2 = PairScorer.norm2(vector);
        }

        float[] vector() {
            return vector;
        }

        double norm2() {
            return norm2;
        }
    }

    StoryProfile(String id) {
        this.id = id;
    }

    void add(ArticleFeatures f) {
        changes++;
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
                    terms.add(e.getKey(), e.getValue() / norm);
                }
            }
        }
        for (String n : f.names().keySet()) {
            names.merge(n, 1, Integer::sum);
            NameType type = f.nameTypes().get(n);
            if (type == NameType.PLACE) {
                places.merge(n, 1, Integer::sum);
            } else if (type == NameType.PERSON) {
                people.merge(n, 1, Integer::sum);
            }
        }
        ArticleFeatures.Cues c = f.cues();
        c.title().forEach(w -> title.merge(w, 1, Integer::sum));
        titled += c.title().isEmpty() ? 0 : 1;
        c.lead().forEach(w -> lead.merge(w, 1, Integer::sum));
        remember(recentLeads, c.lead());
        c.dates().forEach(d -> dates.merge(d, 1, Integer::sum));
        c.numbers().forEach(n -> numbers.merge(n, 1, Integer::sum));
        Set<String> words = IdfTable.nameWords(f);
        for (String w : words) {
            nameWords.add(w, 1 / Math.sqrt(words.size()));
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
            remember(recentEmbeddings, new Embedded(v));
        }
    }

    private static <T> void remember(Deque<T> recent, T value) {
        recent.addFirst(value);
        while (recent.size() > RECENT) {
            recent.removeLast();
        }
    }

    /** Adds the summaries of {@code other}'s articles to this story's. */
    void absorb(StoryProfile other) {
        changes++;
        other.recentLeads.descendingIterator().forEachRemaining(l -> remember(recentLeads, l));
        other.recentEmbeddings.descendingIterator().forEachRemaining(e -> remember(recentEmbeddings, e));
        articles.addAll(other.articles);
        terms.addAll(other.terms);
        other.names.forEach((k, v) -> names.merge(k, v, Integer::sum));
        nameWords.addAll(other.nameWords);
        other.years.forEach((k, v) -> years.merge(k, v, Integer::sum));
        other.title.forEach((k, v) -> title.merge(k, v, Integer::sum));
        other.lead.forEach((k, v) -> lead.merge(k, v, Integer::sum));
        other.dates.forEach((k, v) -> dates.merge(k, v, Integer::sum));
        other.numbers.forEach((k, v) -> numbers.merge(k, v, Integer::sum));
        other.places.forEach((k, v) -> places.merge(k, v, Integer::sum));
        other.people.forEach((k, v) -> people.merge(k, v, Integer::sum));
        titled += other.titled;
        LocalDate f = other.first;
        LocalDate l = other.last;
        if (f != null && l != null) {
            first = first == null || f.isBefore(first) ? f : first;
            last = last == null || l.isAfter(last) ? l : last;
        }
        float[] sum = other.embeddingSum;
        if (sum != null) {
            if (embeddingSum == null) {
                embeddingSum = new float[sum.length];
            }
            for (int i = 0; i < sum.length && i < embeddingSum.length; i++) {
                embeddingSum[i] += sum[i];
            }
            embedded += other.embedded;
        }
    }

    /**
     * The story's main name: its most frequent name (ties to the alphabetically first), or null when
     * it has none. Kept until the story changes.
     */
    @Nullable
    String mainName() {
        names();
        return mainName;
    }

    /** The most articles that carry one name whose last word is {@code word} (0 when none does). */
    int carriers(String word) {
        names();
        return lastWordCarriers.getOrDefault(word, 0);
    }

    private void names() {
        if (namesSeen == changes) {
            return;
        }
        mainName = PairScorer.mostFrequent(names, 1);
        lastWordCarriers.clear();
        names.forEach((n, c) -> lastWordCarriers.merge(PairScorer.lastWord(n), c, Math::max));
        namesSeen = changes;
    }

    /** The squared norm of {@link #embeddingSum} ({@link PairScorer#norm2}), kept until the story changes. */
    double centroidNorm2() {
        float[] sum = embeddingSum;
        if (centroidSeen != changes && sum != null) {
            centroidNorm2 = PairScorer.norm2(sum);
            centroidSeen = changes;
        }
        return centroidNorm2;
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

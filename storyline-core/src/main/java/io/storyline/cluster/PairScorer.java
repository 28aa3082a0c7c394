package io.storyline.cluster;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores one article against one candidate story: the pair features the learned {@link
 * StoryPairModel} weighs ({@link #features}, in {@link StoryPairModel#FEATURES} order), and the
 * hand-weighted score of {@link AssemblyOptions} used without a model or without embeddings ({@link
 * #score}). Reads the idf of the assembler's {@link IdfTable}; the article side comes precomputed in
 * an {@link ArticleVectors}, the story side from a {@link StoryProfile}, so one pair costs the
 * article's size, not the story's. Not thread-safe (the idf table and the profiles' caches are not).
 */
final class PairScorer {

    private final AssemblyOptions options;
    private final IdfTable idf;

    PairScorer(AssemblyOptions options, IdfTable idf) {
        this.options = options;
        this.idf = idf;
    }

    /** The features of article {@code a} against story {@code p}, in {@link StoryPairModel#FEATURES} order. */
    double[] features(ArticleVectors a, StoryProfile p) {
        double[] x = new double[StoryPairModel.FEATURES.size()];
        x[0] = a.terms.cosine(p.terms, idf);
        x[1] = a.nameWords.cosine(p.nameWords, idf);
        boolean embedded = a.embedding != null && p.embeddingSum != null;
        x[2] = embedded ? embeddingCosine(a, p) : 0;
        x[3] = embedded ? 0 : 1;
        ArticleFeatures.Cues c = a.features.cues();
        boolean titled = !c.title().isEmpty() && p.titled > 0;
        x[4] = titled ? carried(c.title(), p.title, p.titled) : 0;
        x[5] = titled ? 0 : 1;
        x[6] = carried(c.lead(), p.lead, p.articles.size());
        int sharedDates = 0;
        for (String d : c.dates()) {
            sharedDates += p.dates.containsKey(d) ? 1 : 0;
        }
        x[7] = c.dates().isEmpty() ? 0 : sharedDates / (double) c.dates().size();
        x[8] = !c.dates().isEmpty() && !p.dates.isEmpty() && sharedDates == 0 ? 1 : 0;
        x[9] = a.numbers.share(p.numbers);
        x[10] = a.places.share(p.places);
        x[11] = !a.places.isEmpty() && !p.places.isEmpty() && x[10] == 0 ? 1 : 0;
        x[12] = a.people.share(p.people);
        x[13] = mainNamesDiffer(a, p) ? 1 : 0;
        long gap = p.dayGap(a.features.published());
        x[14] = gap < 0 ? 0 : Math.log1p((double) gap);
        x[15] = gap < 0 ? 1 : 0;
        x[16] = yearsShared(a, p) ? 1 : 0;
        x[17] = yearsClash(a, p) ? 1 : 0;
        x[18] = Math.log1p(p.articles.size());
        x[19] = recentEmbeddingCosine(a, p);
        double jaccard = 0;
        for (Set<String> lead : p.recentLeads) {
            jaccard = Math.max(jaccard, jaccard(c.lead(), lead));
        }
        x[20] = jaccard;
        return x;
    }

    /**
     * The hand-weighted score: content words (tf-idf cosine against the story's summed vector), the
     * words of names (idf-weighted cosine), the embedding against the centroid and, for an undated
     * article, the years it mentions, in a weighted mean; lowered for a year clash (undated), a main-name
     * clash and a gap in days beyond {@link AssemblyOptions#maxDayGap}.
     */
    double score(ArticleVectors a, StoryProfile p) {
        double s = options.termWeight() * a.terms.cosine(p.terms, idf)
                + options.nameWeight() * a.nameWords.cosine(p.nameWords, idf);
        double w = options.termWeight() + options.nameWeight();
        if (a.embedding != null && p.embeddingSum != null && options.embeddingWeight() > 0) {
            s += options.embeddingWeight() * embeddingCosine(a, p);
            w += options.embeddingWeight();
        }
        ArticleFeatures f = a.features;
        boolean undated = f.published() == null;
        if (undated && options.yearWeight() > 0) {
            s += options.yearWeight() * (yearsShared(a, p) ? 1 : 0);
            w += options.yearWeight();
        }
        s /= w;
        if (undated && yearsClash(a, p)) {
            s *= options.yearClash();
        }
        if (options.nameClash() < 1 && mainNamesDiffer(a, p)) {
            s *= options.nameClash();
        }
        long gap = p.dayGap(f.published());
        if (gap > options.maxDayGap()) {
            s *= Math.max(0.3, 1.0 - (gap - options.maxDayGap()) / 60.0);
        }
        return s;
    }

    private static double embeddingCosine(ArticleVectors a, StoryProfile p) {
        float[] v = a.embedding;
        float[] centroid = p.embeddingSum;
        if (v == null || centroid == null) {
            return 0;
        }
        return v.length == centroid.length
                ? cosine(v, a.embeddingNorm2, centroid, p.centroidNorm2())
                : cosine(v, norm2(v, centroid.length), centroid, norm2(centroid, v.length));
    }

    /** The best embedding cosine of the article with one of the story's latest articles, 0 without. */
    private static double recentEmbeddingCosine(ArticleVectors a, StoryProfile p) {
        float[] v = a.embedding;
        double best = 0;
        if (v != null) {
            for (StoryProfile.Embedded m : p.recentEmbeddings) {
                float[] u = m.vector();
                double c = v.length == u.length
                        ? cosine(v, a.embeddingNorm2, u, m.norm2())
                        : cosine(v, norm2(v, u.length), u, norm2(u, v.length));
                best = Math.max(best, c);
            }
        }
        return best;
    }

    /** Cosine of two embeddings given their squared norms over their common length. */
    private static double cosine(float[] a, double na, float[] b, double nb) {
        double dot = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The squared norm of an embedding, summed as the cosine sums it (float products). */
    static double norm2(float[] v) {
        return norm2(v, v.length);
    }

    private static double norm2(float[] v, int length) {
        double n = 0;
        for (int i = 0; i < Math.min(v.length, length); i++) {
            n += v[i] * v[i];
        }
        return n;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            common += b.contains(w) ? 1 : 0;
        }
        return common / (double) (a.size() + b.size() - common);
    }

    /** The mean, over {@code words}, of the share of the story's {@code n} articles that carry each. */
    private static double carried(Set<String> words, Map<String, Integer> story, int n) {
        if (words.isEmpty() || n == 0) {
            return 0;
        }
        double s = 0;
        for (String w : words) {
            s += story.getOrDefault(w, 0) / (double) n;
        }
        return s / words.size();
    }

    private static boolean yearsShared(ArticleVectors a, StoryProfile p) {
        for (String y : a.years) {
            if (p.years.containsKey(y)) {
                return true;
            }
        }
        return false;
    }

    /** The article mentions years, the story mentions years, and they have none in common. */
    private static boolean yearsClash(ArticleVectors a, StoryProfile p) {
        if (p.years.isEmpty()) {
            return false;
        }
        for (String y : a.years) {
            if (p.years.containsKey(y)) {
                return false;
            }
        }
        return !a.years.isEmpty();
    }

    /**
     * The article's main name (its most mentioned, at least {@code nameClashMentions} times) is one
     * that fewer than half the story's articles carry, and the story's main name (carried by at least
     * half its articles) is mentioned less than twice in the article. Names compare by last word. The
     * hand-weighted score multiplies by {@link AssemblyOptions#nameClash} when this holds.
     */
    private static boolean mainNamesDiffer(ArticleVectors a, StoryProfile p) {
        String mine = a.mainName;
        String theirs = p.mainName();
        if (mine == null || theirs == null || 2 * p.names.getOrDefault(theirs, 0) < p.articles.size()) {
            return false;
        }
        String first = lastWord(mine);
        String second = lastWord(theirs);
        if (first.equals(second)) {
            return false;
        }
        return a.mentions(second) < 2 && 2 * p.carriers(first) < p.articles.size();
    }

    /** The key with the highest count (at least {@code min}), ties to the alphabetically first. */
    static @Nullable String mostFrequent(Map<String, Integer> counts, int min) {
        String best = null;
        int most = min - 1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int c = e.getValue();
            if (c > most || (c == most && best != null && e.getKey().compareTo(best) < 0)) {
                most = c;
                best = e.getKey();
            }
        }
        return best;
    }

    static String lastWord(String name) {
        int i = name.lastIndexOf(' ');
        return i < 0 ? name : name.substring(i + 1);
    }
}

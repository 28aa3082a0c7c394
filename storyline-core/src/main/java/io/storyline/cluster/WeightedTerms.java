package io.storyline.cluster;

import java.util.Map;

/**
 * An article's idf-weighted vector (tf-idf of its content words, or the idf of its name words) as
 * its cosine with a story reads it: the keys, weights and idfs in the map's iteration order, and
 * the squared norm, computed once per placement rather than once per candidate story.
 */
final class WeightedTerms {

    /** The vector as built, a {@code HashMap} (candidate retrieval ranks its entries). */
    final Map<String, Double> map;

    private final String[] keys;
    private final double[] weights;
    private final double[] idfs;
    private final double norm2;

    WeightedTerms(Map<String, Double> map, IdfTable idf) {
        this.map = map;
        keys = new String[map.size()];
        weights = new double[map.size()];
        idfs = new double[map.size()];
        double nv = 0;
        int i = 0;
        for (Map.Entry<String, Double> e : map.entrySet()) {
            keys[i] = e.getKey();
            weights[i] = e.getValue();
            idfs[i] = idf.idf(e.getKey());
            nv += e.getValue() * e.getValue();
            i++;
        }
        norm2 = nv;
    }

    /**
     * Cosine of this vector with a story's summed vector weighted by today's idf: {@code Σ v(k) ×
     * sum(k) × idf(k)} over the norms; 0 when either is empty.
     */
    double cosine(StoryVector story, IdfTable idf) {
        double dot = 0;
        for (int i = 0; i < keys.length; i++) {
            StoryVector.Sum w = story.get(keys[i]);
            if (w != null) {
                dot += weights[i] * w.value() * idfs[i];
            }
        }
        if (norm2 == 0) {
            return 0;
        }
        double np = story.norm2(idf);
        return np == 0 ? 0 : dot / Math.sqrt(norm2 * np);
    }
}

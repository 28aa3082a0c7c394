package io.storyline.eval;

import io.storyline.core.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain baseline for story grouping: single-pass clustering of TF-IDF vectors. Each article
 * (title and text, lower-cased words, IDF over the articles given) joins the cluster whose centroid
 * is the most similar by cosine when that cosine is at least {@code threshold}, else founds one.
 * Every cluster sharing a word is compared (no candidate cut): a baseline, not a product. Stateless.
 */
public final class TfIdfSinglePass {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TfIdfSinglePass() {}

    /** Article id → cluster ({@code c1, c2, …}) for {@code articles} taken in the order given. */
    public static Map<String, String> cluster(List<Article> articles, double threshold) {
        List<Map<String, Double>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Article a : articles) {
            Map<String, Double> c = new HashMap<>();
            String text = (a.title() == null ? "" : a.title() + "\n") + a.text();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                c.merge(m.group().toLowerCase(Locale.ROOT), 1.0, Double::sum);
            }
            counts.add(c);
            c.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int n = articles.size();
        Centroids centroids = new Centroids();
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Double> e : counts.get(i).entrySet()) {
                double w = e.getValue() * Math.log((double) n / df.getOrDefault(e.getKey(), 1));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            v.replaceAll((k, w) -> len == 0 ? 0 : w / len);
            double[] dot = centroids.dots(v);
            int best = -1;
            double bestCos = -1;
            for (int c = 0; c < dot.length; c++) {
                double cos = centroids.norm(c) == 0 ? 0 : dot[c] / centroids.norm(c);
                if (cos > bestCos) {
                    bestCos = cos;
                    best = c;
                }
            }
            if (best < 0 || bestCos < threshold) {
                best = centroids.found();
            }
            centroids.add(best, v);
            out.put(articles.get(i).id(), "c" + (best + 1));
        }
        return out;
    }

    /**
     * The clusters' summed vectors with an inverted index (word → the clusters holding it), so that an
     * article's dot product with every cluster costs its words' postings, not clusters × words. Each
     * dot product adds the same terms in the same order as a loop over the article's words would.
     */
    private static final class Centroids {
        private final List<Map<String, double[]>> sums = new ArrayList<>();
        private final List<Double> norms = new ArrayList<>();
        private final Map<String, List<Posting>> postings = new HashMap<>();

        /** A cluster holding a word, and that word's running sum in the cluster (shared with the map). */
        private static final class Posting {
            final int cluster;
            final double[] weight;

            Posting(int cluster, double[] weight) {
                this.cluster = cluster;
                this.weight = weight;
            }
        }

        int found() {
            sums.add(new HashMap<>());
            norms.add(0.0);
            return sums.size() - 1;
        }

        double norm(int c) {
            return norms.get(c);
        }

        /** The dot product of {@code v} with every cluster's summed vector. */
        double[] dots(Map<String, Double> v) {
            double[] dot = new double[sums.size()];
            for (Map.Entry<String, Double> e : v.entrySet()) {
                for (Posting p : postings.getOrDefault(e.getKey(), List.of())) {
                    dot[p.cluster] += e.getValue() * p.weight[0];
                }
            }
            return dot;
        }

        private static double[] sum(double[] old, double[] more) {
            old[0] = old[0] + more[0];
            return old;
        }

        /** Adds {@code v} to cluster {@code c} and recomputes its norm. */
        void add(int c, Map<String, Double> v) {
            Map<String, double[]> centroid = sums.get(c);
            v.forEach((k, w) -> {
                // merge, as the map of Doubles was filled: put would grow the table at other moments,
                // and the table's size decides the order the norm below is summed in
                double[] fresh = {w};
                if (centroid.merge(k, fresh, Centroids::sum) == fresh) {
                    postings.computeIfAbsent(k, x -> new ArrayList<>()).add(new Posting(c, fresh));
                }
            });
            double s = 0;
            for (double[] w : centroid.values()) {
                s += w[0] * w[0];
            }
            norms.set(c, Math.sqrt(s));
        }
    }
}

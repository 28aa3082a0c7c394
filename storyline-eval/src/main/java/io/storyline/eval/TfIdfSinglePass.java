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
 * Every cluster is compared (no index): a baseline, not a product. Stateless.
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
        List<Map<String, Double>> centroids = new ArrayList<>();
        List<Double> norms = new ArrayList<>();
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
            int best = -1;
            double bestCos = -1;
            for (int c = 0; c < centroids.size(); c++) {
                double dot = 0;
                for (Map.Entry<String, Double> e : v.entrySet()) {
                    Double w = centroids.get(c).get(e.getKey());
                    if (w != null) {
                        dot += e.getValue() * w;
                    }
                }
                double cos = norms.get(c) == 0 ? 0 : dot / norms.get(c);
                if (cos > bestCos) {
                    bestCos = cos;
                    best = c;
                }
            }
            if (best < 0 || bestCos < threshold) {
                best = centroids.size();
                centroids.add(new HashMap<>());
                norms.add(0.0);
            }
            Map<String, Double> centroid = centroids.get(best);
            v.forEach((k, w) -> centroid.merge(k, w, Double::sum));
            double s = 0;
            for (double w : centroid.values()) {
                s += w * w;
            }
            norms.set(best, Math.sqrt(s));
            out.put(articles.get(i).id(), "c" + (best + 1));
        }
        return out;
    }
}

package io.storyline.eval;

import io.storyline.core.Article;
import io.storyline.core.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain baseline for claim grouping: within each group of articles (an ECB+ topic), two lines
 * (sentences) of different articles are linked when the cosine of their TF-IDF vectors (lower-cased
 * words, IDF over the group's lines) is at least {@code threshold}, and the connected components are
 * the claims. Stateless.
 */
public final class SentenceTfIdf {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SentenceTfIdf() {}

    /** The claims of the baseline: every component of two or more lines, as statements. */
    public static List<List<ClaimAgreement.Statement>> claims(
            List<Article> articles, Function<Article, String> group, double threshold) {
        Map<String, List<Article>> groups = new HashMap<>();
        articles.forEach(a ->
                groups.computeIfAbsent(group.apply(a), k -> new ArrayList<>()).add(a));
        List<List<ClaimAgreement.Statement>> out = new ArrayList<>();
        for (List<Article> g : groups.values()) {
            out.addAll(components(g, threshold));
        }
        return out;
    }

    private static List<List<ClaimAgreement.Statement>> components(List<Article> articles, double threshold) {
        List<ClaimAgreement.Statement> lines = new ArrayList<>();
        List<Map<String, Double>> tf = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Article a : articles) {
            String text = a.text();
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end;
                Map<String, Double> counts = new HashMap<>();
                Matcher m = WORD.matcher(text).region(start, end);
                while (m.find()) {
                    counts.merge(m.group().toLowerCase(Locale.ROOT), 1.0, Double::sum);
                }
                if (!counts.isEmpty()) {
                    lines.add(new ClaimAgreement.Statement(a.id(), new Span(start, end)));
                    tf.add(counts);
                    counts.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
                }
                start = end + 1;
            }
        }
        int n = lines.size();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Double> counts : tf) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Double> e : counts.entrySet()) {
                double w = e.getValue() * Math.log((double) n / df.getOrDefault(e.getKey(), 1));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            v.replaceAll((k, w) -> len == 0 ? 0 : w / len);
            vectors.add(v);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!lines.get(i).article().equals(lines.get(j).article())
                        && cosine(vectors.get(i), vectors.get(j)) >= threshold) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<ClaimAgreement.Statement>> byRoot = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(lines.get(i));
        }
        return byRoot.values().stream().filter(c -> c.size() > 1).toList();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return cosine(b, a);
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }
}

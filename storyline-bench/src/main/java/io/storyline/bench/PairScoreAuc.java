package io.storyline.bench;

import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StandardPipeline;
import io.storyline.claims.ClaimInput;
import io.storyline.claims.ClaimUnit;
import io.storyline.claims.UnitExtractor;
import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.embed.Embedding;
import io.storyline.embed.MiniLmEmbedder;
import io.storyline.eval.ClaimAgreement;
import io.storyline.eval.EventGold;
import io.storyline.eval.GoldTsv;
import io.storyline.eval.SharedEval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How well pair scores separate statements of one gold claim from statements of different gold claims,
 * within each gold story: every unit (claim statement) of a story is embedded with MiniLM, and every
 * cross-article pair of units that both lie on gold spans is a positive (they share a gold claim) or a
 * negative; prints the AUC and the best F1 over thresholds (chosen on the same pairs: in-sample) of the raw cosine, the cosine centred on
 * the story's mean embedding, and margin scores (the cosine over the mean of each unit's k best
 * cosines in the other article, or in the whole story), as in margin-based bitext mining.
 *
 * <p>The gold is {@code DIR/gold/claims.tsv} (the seed story) or {@code DIR/gold/events.tsv} (ECB+),
 * read at run time from the shared evaluation folder.
 *
 * <pre>{@code
 * java -Xmx4g -cp "storyline-bench/target/storyline-bench-0.1.0-SNAPSHOT.jar:storyline-cli/target/storyline-cli-0.1.0-SNAPSHOT.jar:storyline-cli/target/lib/*" \
 *     io.storyline.bench.PairScoreAuc ../shared/eval/ceasefire-2025
 * }</pre>
 */
public final class PairScoreAuc {

    private PairScoreAuc() {}

    record P(
            double cos,
            double centred,
            double margin,
            double marginStory,
            double diffMargin,
            double rank,
            boolean pos) {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean seed = Files.isRegularFile(dir.resolve("gold/claims.tsv"));
        List<Article> arts = SharedEval.articles(dir.resolve("articles.jsonl"));
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : arts.size();
        arts = arts.subList(0, Math.min(limit, arts.size()));
        Map<String, String> texts = new HashMap<>();
        arts.forEach(a -> texts.put(a.id(), a.text()));
        List<ClaimAgreement.GoldClaim> gold = gold(dir, seed, texts);
        Map<String, String> storyOf = new HashMap<>();
        if (Files.isRegularFile(dir.resolve("gold-stories.tsv")))
            for (String[] r : GoldTsv.rows(dir.resolve("gold-stories.tsv"))) storyOf.put(r[0], r[1]);
        Pipeline p = StandardPipeline.create(StandardPipeline.Options.defaults());
        UnitExtractor ex = new UnitExtractor();
        Map<String, List<List<ClaimUnit>>> stories = new LinkedHashMap<>();
        for (Article a : arts)
            stories.computeIfAbsent(storyOf.getOrDefault(a.id(), "s"), k -> new ArrayList<>())
                    .add(ex.extract(ClaimInput.from(p.analyze(a))));
        List<P> ps = new ArrayList<>();
        int K = 3;
        try (MiniLmEmbedder e = new MiniLmEmbedder()) {
            for (List<List<ClaimUnit>> st : stories.values()) {
                List<ClaimUnit> all = new ArrayList<>();
                st.forEach(all::addAll);
                if (all.size() < 2) continue;
                List<Embedding> v = e.embedAll(all.stream().map(ClaimUnit::text).toList());
                pairs(all, v, gold, K, ps);
            }
        }
        long pos = ps.stream().filter(P::pos).count();
        System.out.printf(Locale.ROOT, "pairs %d positives %d%n", ps.size(), pos);
        report("cos", ps, P::cos);
        report("centred", ps, P::centred);
        report("margin(article k=3)", ps, P::margin);
        report("margin(story k=9)", ps, P::marginStory);
        report("diff margin", ps, P::diffMargin);
        report("-rank sum", ps, P::rank);
        report("centred + diff margin", ps, q -> q.centred() + q.diffMargin());
    }

    /** The gold claims of {@code dir}: the seed's claims.tsv (spans found in {@code texts}) or events.tsv. */
    static List<ClaimAgreement.GoldClaim> gold(Path dir, boolean seed, Map<String, String> texts) throws Exception {
        List<ClaimAgreement.GoldClaim> gold;
        if (seed) {
            gold = new ArrayList<>();
            for (String[] row : GoldTsv.rows(dir.resolve("gold/claims.tsv"))) {
                String[] files = row[2].split(",");
                String[] parts = row[3].split(" \\|\\| ");
                Map<String, List<Span>> sp = new HashMap<>();
                for (int i = 0; i < files.length && i < parts.length; i++) {
                    String id = files[i].strip().replace(".txt", "");
                    int at = texts.getOrDefault(id, "").indexOf(parts[i]);
                    if (at < 0) continue;
                    sp.computeIfAbsent(id, k -> new ArrayList<>()).add(new Span(at, at + parts[i].length()));
                }
                gold.add(new ClaimAgreement.GoldClaim(row[0], row[1], sp));
            }
        } else gold = EventGold.read(dir.resolve("gold/events.tsv"));
        return gold;
    }

    /** Adds to {@code ps} every scored pair of units of different articles of one story that both lie on gold. */
    static void pairs(List<ClaimUnit> all, List<Embedding> v, List<ClaimAgreement.GoldClaim> gold, int K, List<P> ps) {
        List<float[]> fv = v.stream().map(Embedding::copyOf).toList();
        int n = all.size();
        int d = fv.get(0).length;
        double[] mean = new double[d];
        for (float[] x : fv) for (int i = 0; i < d; i++) mean[i] += x[i] / n;
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] y = new double[d];
            double nn = 0;
            for (int k = 0; k < d; k++) {
                y[k] = fv.get(i)[k] - mean[k];
                nn += y[k] * y[k];
            }
            nn = Math.sqrt(nn);
            for (int k = 0; k < d; k++) y[k] /= nn;
            c[i] = y;
        }
        double[][] cos = new double[n][n];
        double[][] cc = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                cos[i][j] = v.get(i).cosine(v.get(j));
                double s = 0;
                for (int k = 0; k < d; k++) s += c[i][k] * c[j][k];
                cc[i][j] = s;
            }
        // gold labels per unit
        List<Set<String>> on = new ArrayList<>();
        for (ClaimUnit u : all) {
            Set<String> g = new HashSet<>();
            for (var gc : gold)
                for (Span s : gc.spans().getOrDefault(u.article(), List.of()))
                    if (ClaimAgreement.liesOn(u.span(), s)) g.add(gc.id());
            on.add(g);
        }
        // kNN per unit per other article and over story
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                ClaimUnit a = all.get(i), b = all.get(j);
                if (a.article().equals(b.article())
                        || on.get(i).isEmpty()
                        || on.get(j).isEmpty()) continue;
                boolean pos = !Collections.disjoint(on.get(i), on.get(j));
                double ka = topk(cos[i], all, b.article(), K), kb = topk(cos[j], all, a.article(), K);
                double sa = topkAll(cos[i], all, a.article(), K * 3), sb = topkAll(cos[j], all, b.article(), K * 3);
                double m = cos[i][j] / ((ka + kb) / 2);
                double ms = cos[i][j] / ((sa + sb) / 2);
                double dm = cos[i][j] - (ka + kb) / 2;
                double r = rank(cos[i], all, b.article(), j) + rank(cos[j], all, a.article(), i);
                ps.add(new P(cos[i][j], cc[i][j], m, ms, dm, -r, pos));
            }
    }

    static double topk(double[] row, List<ClaimUnit> all, String art, int k) {
        List<Double> xs = new ArrayList<>();
        for (int j = 0; j < all.size(); j++) if (all.get(j).article().equals(art)) xs.add(row[j]);
        xs.sort(Comparator.reverseOrder());
        double s = 0;
        int m = Math.min(k, xs.size());
        for (int i = 0; i < m; i++) s += xs.get(i);
        return m == 0 ? 1 : s / m;
    }

    static double topkAll(double[] row, List<ClaimUnit> all, String self, int k) {
        List<Double> xs = new ArrayList<>();
        for (int j = 0; j < all.size(); j++) if (!all.get(j).article().equals(self)) xs.add(row[j]);
        xs.sort(Comparator.reverseOrder());
        double s = 0;
        int m = Math.min(k, xs.size());
        for (int i = 0; i < m; i++) s += xs.get(i);
        return m == 0 ? 1 : s / m;
    }

    static int rank(double[] row, List<ClaimUnit> all, String art, int self) {
        int r = 0;
        for (int j = 0; j < all.size(); j++) if (all.get(j).article().equals(art) && row[j] > row[self]) r++;
        return r;
    }

    static void report(String name, List<P> ps, java.util.function.ToDoubleFunction<P> f) {
        List<P> s = new ArrayList<>(ps);
        s.sort(Comparator.comparingDouble(f));
        long neg = 0;
        double auc = 0;
        long pos = 0;
        for (P q : s) {
            if (q.pos()) {
                auc += neg;
                pos++;
            } else neg++;
        }
        auc /= Math.max(1, pos * neg);
        // best F1 over thresholds
        double best = 0;
        long tp = pos, fp = neg; // threshold below all
        for (int i = 0; i < s.size(); i++) {
            double f1 = 2.0 * tp / (2.0 * tp + fp + (pos - tp));
            best = Math.max(best, f1);
            if (s.get(i).pos()) tp--;
            else fp--;
        }
        System.out.printf(Locale.ROOT, "%-22s AUC %.3f bestF1 %.3f%n", name, auc, best);
    }
}

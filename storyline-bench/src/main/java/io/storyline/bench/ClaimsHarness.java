package io.storyline.bench;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StandardPipeline;
import io.storyline.claims.ClaimClusterer;
import io.storyline.claims.ClaimInput;
import io.storyline.core.Article;
import io.storyline.digest.StoryDigester;
import io.storyline.embed.CachingEmbedder;
import io.storyline.embed.MiniLmEmbedder;
import io.storyline.embed.TextEmbedder;
import io.storyline.eval.ClaimAgreement;
import io.storyline.eval.ClaimScores;
import io.storyline.eval.EventGold;
import io.storyline.eval.SharedEval;
import io.storyline.provenance.StoryEvidence;
import io.storyline.provenance.StoryEvidenceAnalyzer;
import io.storyline.store.ArticleCodec;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryDigests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Claim grouping under several clusterer settings on one analysis: the articles of an evaluation
 * folder are analysed once (their stored form cached in a file, so a change of the claim stages alone
 * is measured in a minute), embeddings are shared between the settings, and each setting's claims are
 * scored against the folder's gold ({@code gold/claims.tsv}: the seed's strict count; {@code
 * gold/events.tsv}: ECB+ event chains, whole set and per topic fold) as {@code storyline eval claims}
 * scores them. Settings are {@code merge,join,apart[,r]} ({@code r}: a claim may hold restatements,
 * several statements of one article); none given, the shipped defaults. Delete the cache after
 * changing the article stages.
 *
 * <pre>{@code
 * java -Xmx6g -cp "storyline-bench/target/storyline-bench-0.1.0-SNAPSHOT.jar:storyline-cli/target/storyline-cli-0.1.0-SNAPSHOT.jar:storyline-cli/target/lib/*" \
 *     io.storyline.bench.ClaimsHarness ../shared/eval/ecbplus-dev /tmp/ecbplus-dev.cache 0.6,0.7,0.4 0.6,0.7,0.4,r
 * }</pre>
 */
public final class ClaimsHarness {

    private ClaimsHarness() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<StoredArticle> stored = analysed(dir, Path.of(args[1]));
        Map<String, String> storyOf = Files.isRegularFile(dir.resolve("gold-stories.tsv"))
                ? SharedEval.storyOf(dir.resolve("gold-stories.tsv"))
                : Map.of();
        Map<String, List<ClaimInput>> stories = new LinkedHashMap<>();
        for (StoredArticle a : stored) {
            stories.computeIfAbsent(storyOf.getOrDefault(a.id(), "story"), k -> new ArrayList<>())
                    .add(input(a));
        }
        boolean cv = args.length > 2 && args[2].equals("cv");
        List<String> settings = cv ? grid() : args.length > 2 ? List.of(args).subList(2, args.length) : List.of("");
        Map<String, List<List<ClaimAgreement.Statement>>> bySetting = new LinkedHashMap<>();
        try (MiniLmEmbedder miniLm = new MiniLmEmbedder()) {
            TextEmbedder embedder = new CachingEmbedder(miniLm, 200_000);
            for (String setting : settings) {
                long t0 = System.nanoTime();
                StoryEvidenceAnalyzer analyzer = analyzer(embedder, setting);
                List<List<ClaimAgreement.Statement>> found = new ArrayList<>();
                StoryEvidence last = null;
                for (List<ClaimInput> story : stories.values()) {
                    last = analyzer.analyze(story);
                    found.addAll(ClaimScores.groups(last));
                }
                System.out.printf(Locale.ROOT, "setting [%s] (%.1f s)%n", setting, (System.nanoTime() - t0) / 1e9);
                report(dir, stored, found, last);
                bySetting.put(setting, found);
            }
        }
        if (cv) {
            crossValidate(EventGold.read(dir.resolve("gold/events.tsv")), stored, bySetting);
        }
    }

    /** The settings {@code cv} chooses from: merge × join × apart × one statement or restatements. */
    private static List<String> grid() {
        List<String> out = new ArrayList<>();
        for (String merge : List.of("0.6", "0.7", "0.8")) {
            for (String join : List.of("0.5", "0.6", "0.7")) {
                for (String apart : List.of("0.3", "0.4")) {
                    out.add(merge + "," + join + "," + apart);
                    out.add(merge + "," + join + "," + apart + ",r");
                }
            }
        }
        return out;
    }

    /**
     * For each of 5 topic folds: the setting with the best pair F1 on the other folds, and the one with
     * the best pair F1 at mixed share at most 0.10 there (the least mixed when none is), scored on the
     * held-out fold; prints each fold and the means.
     */
    private static void crossValidate(
            List<ClaimAgreement.GoldClaim> chains,
            List<StoredArticle> stored,
            Map<String, List<List<ClaimAgreement.Statement>>> bySetting) {
        List<Set<String>> folds =
                EventGold.folds(stored.stream().map(StoredArticle::id).toList(), 5);
        double[] sums = new double[4];
        for (Set<String> test : folds) {
            Set<String> testIds = new HashSet<>();
            Set<String> trainIds = new HashSet<>();
            for (StoredArticle a : stored) {
                (test.contains(EventGold.topic(a.id())) ? testIds : trainIds).add(a.id());
            }
            String loose = "";
            String pure = "";
            double bestLoose = -1;
            double bestPure = -1;
            double leastMixed = 2;
            for (var e : bySetting.entrySet()) {
                ClaimAgreement.Scores s = within(chains, e.getValue(), trainIds);
                if (s.pairF1() > bestLoose) {
                    bestLoose = s.pairF1();
                    loose = e.getKey();
                }
                boolean ok = s.mixedShare() <= 0.10;
                if ((ok && s.pairF1() > bestPure) || (bestPure < 0 && s.mixedShare() < leastMixed)) {
                    pure = e.getKey();
                    bestPure = ok ? s.pairF1() : bestPure;
                    leastMixed = Math.min(leastMixed, s.mixedShare());
                }
            }
            ClaimAgreement.Scores l = within(chains, bySetting.getOrDefault(loose, List.of()), testIds);
            ClaimAgreement.Scores p = within(chains, bySetting.getOrDefault(pure, List.of()), testIds);
            sums[0] += l.pairF1() / folds.size();
            sums[1] += l.mixedShare() / folds.size();
            sums[2] += p.pairF1() / folds.size();
            sums[3] += p.mixedShare() / folds.size();
            System.out.printf(
                    Locale.ROOT,
                    "  fold %s: best F1 on the others [%s] -> %s%n    best F1 with mixed <= 0.10 [%s] -> %s%n",
                    new java.util.TreeSet<>(test),
                    loose,
                    l,
                    pure,
                    p);
        }
        System.out.printf(
                Locale.ROOT,
                "  held-out mean: best F1 choice pair F1 %.3f mixed %.3f; mixed-bounded choice pair F1 %.3f mixed %.3f%n",
                sums[0],
                sums[1],
                sums[2],
                sums[3]);
    }

    private static ClaimAgreement.Scores within(
            List<ClaimAgreement.GoldClaim> chains, List<List<ClaimAgreement.Statement>> found, Set<String> ids) {
        List<List<ClaimAgreement.Statement>> inside = found.stream()
                .filter(g -> !g.isEmpty() && ids.contains(g.get(0).article()))
                .toList();
        return ClaimAgreement.score(ClaimAgreement.within(chains, ids), inside);
    }

    private static void report(
            Path dir,
            List<StoredArticle> stored,
            List<List<ClaimAgreement.Statement>> found,
            @org.jspecify.annotations.Nullable StoryEvidence last) {
        Path gold = dir.resolve("gold");
        if (Files.isRegularFile(gold.resolve("claims.tsv")) && last != null) {
            Map<String, String> texts = new LinkedHashMap<>();
            stored.forEach(a -> texts.put(a.id(), a.article().text()));
            System.out.println("  seed: " + ClaimScores.score(gold, texts, last));
        }
        if (Files.isRegularFile(gold.resolve("events.tsv"))) {
            List<ClaimAgreement.GoldClaim> chains = EventGold.read(gold.resolve("events.tsv"));
            System.out.println("  events: " + ClaimAgreement.score(chains, found));
            List<Set<String>> folds =
                    EventGold.folds(stored.stream().map(StoredArticle::id).toList(), 5);
            double f1 = 0;
            double mixed = 0;
            for (Set<String> test : folds) {
                Set<String> ids = new HashSet<>();
                stored.stream()
                        .filter(a -> test.contains(EventGold.topic(a.id())))
                        .forEach(a -> ids.add(a.id()));
                List<List<ClaimAgreement.Statement>> inside = found.stream()
                        .filter(g -> !g.isEmpty() && ids.contains(g.get(0).article()))
                        .toList();
                ClaimAgreement.Scores s = ClaimAgreement.score(ClaimAgreement.within(chains, ids), inside);
                f1 += s.pairF1() / folds.size();
                mixed += s.mixedShare() / folds.size();
            }
            System.out.printf(Locale.ROOT, "  topic folds, mean: pair F1 %.3f, mixed %.3f%n", f1, mixed);
            int dump = Integer.getInteger("dump", 0);
            if (dump > 0) {
                dumpMixed(chains, found, stored, dump);
            }
        }
    }

    /** Prints up to {@code n} mixed groups: each statement with the gold chains its span lies on. */
    private static void dumpMixed(
            List<ClaimAgreement.GoldClaim> chains,
            List<List<ClaimAgreement.Statement>> found,
            List<StoredArticle> stored,
            int n) {
        Map<String, String> texts = new java.util.HashMap<>();
        stored.forEach(a -> texts.put(a.id(), a.article().text()));
        int shown = 0;
        for (List<ClaimAgreement.Statement> g : found) {
            List<Set<String>> labels = new ArrayList<>();
            for (ClaimAgreement.Statement st : g) {
                Set<String> l = new java.util.TreeSet<>();
                for (ClaimAgreement.GoldClaim c : chains) {
                    for (io.storyline.core.Span sp : c.spans().getOrDefault(st.article(), List.of())) {
                        if (ClaimAgreement.liesOn(st.span(), sp)) {
                            l.add(c.text().split(" \\| ")[0] + "#" + c.id().substring(c.id().length() - 4));
                        }
                    }
                }
                labels.add(l);
            }
            boolean mixed = false;
            for (int a = 0; a < labels.size(); a++) {
                for (int b = a + 1; b < labels.size(); b++) {
                    mixed |= !labels.get(a).isEmpty()
                            && !labels.get(b).isEmpty()
                            && java.util.Collections.disjoint(labels.get(a), labels.get(b));
                }
            }
            if (!mixed || shown++ >= n) {
                continue;
            }
            System.out.println("  MIXED group:");
            for (int i = 0; i < g.size(); i++) {
                ClaimAgreement.Statement st = g.get(i);
                System.out.println("    " + st.article() + " " + labels.get(i) + " | "
                        + st.span().of(texts.getOrDefault(st.article(), "")).replace('\n', ' '));
            }
        }
    }

    private static StoryEvidenceAnalyzer analyzer(TextEmbedder embedder, String setting) {
        if (setting.isBlank()) {
            return new StoryEvidenceAnalyzer(embedder);
        }
        String[] p = setting.split(",");
        return new StoryEvidenceAnalyzer(
                embedder,
                new ClaimClusterer.Options(
                        Double.parseDouble(p[0]),
                        Double.parseDouble(p[1]),
                        Double.parseDouble(p[2]),
                        p.length > 3 && p[3].contains("r")));
    }

    private static ClaimInput input(StoredArticle a) {
        return StoryDigester.claimInput(StoryDigests.input(a));
    }

    /** The folder's articles analysed, read from {@code cache} when it exists, else analysed and cached. */
    private static List<StoredArticle> analysed(Path dir, Path cache) throws Exception {
        ArticleCodec codec = new ArticleCodec();
        List<StoredArticle> out = new ArrayList<>();
        if (Files.isRegularFile(cache)) {
            for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
                out.add(codec.read(line, ""));
            }
            return out;
        }
        List<Article> articles = SharedEval.articles(dir.resolve("articles.jsonl"));
        Pipeline pipeline = StandardPipeline.create(StandardPipeline.Options.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<AnalyzedArticle>> futures = new ArrayList<>();
        for (Article a : articles) {
            futures.add(pool.submit(() -> pipeline.analyze(a)));
        }
        List<String> lines = new ArrayList<>();
        for (Future<AnalyzedArticle> f : futures) {
            AnalyzedArticle an = f.get();
            StoredArticle s = StoredArticle.of(an, io.storyline.cluster.ArticleFeatures.of(an), "", null);
            out.add(s);
            lines.add(codec.write(s).replace('\n', ' '));
        }
        pool.shutdown();
        Files.write(cache, lines, StandardCharsets.UTF_8);
        return out;
    }
}

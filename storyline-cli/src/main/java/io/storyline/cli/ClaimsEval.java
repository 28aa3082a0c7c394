package io.storyline.cli;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.StageTimes;
import io.storyline.claims.Claim;
import io.storyline.claims.ClaimStatus;
import io.storyline.claims.Statement;
import io.storyline.claims.StatementAligner;
import io.storyline.core.Article;
import io.storyline.digest.StoryArticle;
import io.storyline.digest.StoryDigest;
import io.storyline.digest.SummarySentence;
import io.storyline.eval.ClaimAgreement;
import io.storyline.eval.ClaimScores;
import io.storyline.eval.EventGold;
import io.storyline.eval.SentenceTfIdf;
import io.storyline.nlp.Sentence;
import io.storyline.provenance.ArticleFlag;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storyline eval claims DIR}: analyses {@code DIR/articles.jsonl}, groups it into the gold stories
 * ({@code DIR/gold-stories.tsv}, else one story) and reports, per set: claims and their status, flagged
 * articles, the time the story-level analysis takes next to the article analysis, the summaries
 * (verbatim, no repeated claim, sentences citing every article that states them — checked with the
 * statement aligner), and, when {@code DIR/gold/claims.tsv} exists, the seed story's claim, conflict
 * and credit scores.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "claims",
        description =
                "Claims, provenance flags and summaries on DIR/articles.jsonl (scored against DIR/gold/ when present).")
final class ClaimsEval implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder with articles.jsonl (and gold-stories.tsv, gold/claims.tsv).")
    Path dir = Path.of(".");

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        try (Views views = Views.open(!analysis.noEmbeddings)) {
            run(
                    spec.commandLine().getOut(),
                    name,
                    dir,
                    new AnalysedSets(analysis.pipeline(), analysis.threads).of(dir),
                    views);
        }
        return 0;
    }

    /** What one run measured. */
    record Result(
            ClaimScores.@org.jspecify.annotations.Nullable Scores seed,
            ClaimAgreement.@org.jspecify.annotations.Nullable Scores events,
            double citeAllShare,
            int garbled) {}

    static Result run(PrintWriter out, String name, Path dir, AnalysedSets.Analysed set, Views views) {
        List<AnalyzedArticle> analysed = set.articles();
        Map<String, List<AnalyzedArticle>> stories = byGoldStory(dir, analysed);
        StatementAligner aligner = new StatementAligner(views.embedder());
        Tally tally = new Tally();
        StageTimes storyTimes = new StageTimes();
        ClaimScores.Scores seed = null;
        List<List<ClaimAgreement.Statement>> found = new ArrayList<>();
        for (List<AnalyzedArticle> story : stories.values()) {
            List<StoryArticle> input = story.stream()
                    .map(a -> new StoryArticle(
                            a.article(), a.boilerplate(), a.names(), a.quotes(), a.times(), a.sentences()))
                    .toList();
            long s0 = System.nanoTime();
            StoryDigest d = views.digests().digester().digest(input, storyTimes);
            tally.storySeconds += (System.nanoTime() - s0) / 1e9;
            found.addAll(ClaimScores.groups(d.evidence()));
            tally.count(d, story, aligner);
            Path goldDir = dir.resolve("gold");
            if (Files.isRegularFile(goldDir.resolve("claims.tsv")) && stories.size() == 1) {
                Map<String, String> texts = new LinkedHashMap<>();
                story.forEach(a -> texts.put(a.id(), a.article().text()));
                seed = ClaimScores.score(goldDir, texts, d.evidence());
            }
        }
        out.printf(
                Locale.ROOT,
                "claims     %-15s articles=%d stories=%d claims=%d corroborated=%d contested=%d;"
                        + " flagged machine-garbled=%d paraphrased-copy=%d%n",
                name,
                analysed.size(),
                stories.size(),
                tally.claims,
                tally.corroborated,
                tally.contested,
                tally.garbled,
                tally.paraphrased);
        cost(out, set, tally.storySeconds, storyTimes);
        summaries(out, tally);
        if (seed != null) {
            out.println("  seed: " + seed);
            seed.notes().forEach(n -> out.println("    " + n));
        }
        Path events = dir.resolve("gold").resolve("events.tsv");
        ClaimAgreement.Scores eventScores = null;
        if (Files.isRegularFile(events)) {
            eventScores = events(
                    out,
                    EventGold.read(events),
                    found,
                    analysed.stream().map(AnalyzedArticle::article).toList());
        }
        return new Result(seed, eventScores, tally.citeShare(), tally.garbled);
    }

    /** The articles by their gold story ({@code gold-stories.tsv}), or all in one story without it. */
    private static Map<String, List<AnalyzedArticle>> byGoldStory(Path dir, List<AnalyzedArticle> analysed) {
        Map<String, List<AnalyzedArticle>> stories = new LinkedHashMap<>();
        Map<String, String> gold =
                Files.isRegularFile(dir.resolve("gold-stories.tsv")) ? EvalSets.goldStories(dir) : Map.of();
        for (AnalyzedArticle a : analysed) {
            stories.computeIfAbsent(gold.getOrDefault(a.id(), "story"), k -> new ArrayList<>())
                    .add(a);
        }
        return stories;
    }

    private static void summaries(PrintWriter out, Tally tally) {
        out.printf(
                Locale.ROOT,
                "  summaries: %d sentences, verbatim %d, repeated claims %d, citing every article that states them %d (%.3f)%n",
                tally.sentences,
                tally.verbatim,
                tally.repeated,
                tally.citeAll,
                tally.citeShare());
    }

    /** The counts over a set's stories that {@link #run} prints. */
    private static final class Tally {
        int claims;
        int corroborated;
        int contested;
        int garbled;
        int paraphrased;
        int sentences;
        int verbatim;
        int citeAll;
        int repeated;
        double storySeconds;

        /** Counts the claims, flags and summary sentences of one story's digest. */
        void count(StoryDigest d, List<AnalyzedArticle> story, StatementAligner aligner) {
            for (Claim c : d.evidence().claims()) {
                claims++;
                corroborated += c.status() == ClaimStatus.CORROBORATED ? 1 : 0;
                contested += c.status() == ClaimStatus.CONTESTED ? 1 : 0;
            }
            for (var f : d.evidence().flags().values()) {
                garbled += f.contains(ArticleFlag.MACHINE_GARBLED) ? 1 : 0;
                paraphrased += f.contains(ArticleFlag.PARAPHRASED_COPY) ? 1 : 0;
            }
            Set<String> seenClaims = new HashSet<>();
            for (SummarySentence s : d.summary()) {
                sentences++;
                AnalyzedArticle from = find(story, s.article());
                verbatim += s.span().of(from.article().text()).equals(s.text()) ? 1 : 0;
                for (String c : s.claims()) {
                    repeated += seenClaims.add(c) ? 0 : 1;
                }
                Set<String> supporters = supporters(aligner, story, from, s);
                citeAll += s.citations().containsAll(supporters) ? 1 : 0;
            }
        }

        /** Share of summary sentences citing every article that states them. */
        double citeShare() {
            return sentences == 0 ? 0 : (double) citeAll / sentences;
        }
    }

    /** The cost lines: article analysis against the story views, and each part's milliseconds. */
    private static void cost(PrintWriter out, AnalysedSets.Analysed set, double storySeconds, StageTimes storyTimes) {
        StageTimes times = set.times();
        double articleSeconds = set.seconds();
        out.printf(
                Locale.ROOT,
                "  cost: article analysis %.1f s (%d threads), story-level views %.1f s (one thread) = %.2f of the whole%n",
                articleSeconds,
                set.threads(),
                storySeconds,
                storySeconds / (articleSeconds + storySeconds));
        double claimMs = storyTimes.millis().getOrDefault("claims+provenance", 0.0);
        double articleMs = times.millis().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        StringBuilder parts = new StringBuilder("  ms by part, summed:");
        times.millis().forEach((k, v) -> parts.append(String.format(Locale.ROOT, " %s=%.0f", k, v)));
        storyTimes.millis().forEach((k, v) -> parts.append(String.format(Locale.ROOT, " %s=%.0f", k, v)));
        out.println(parts);
        double storyMs = storyTimes.millis().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        out.printf(
                Locale.ROOT,
                "  claims+provenance: %.2f of article stages + all story views; %.2f of article stages + claims+provenance"
                        + " (warm-up varies: `storyline bench` measures it on a second run)%n",
                claimMs / Math.max(1e-9, articleMs + storyMs),
                claimMs / Math.max(1e-9, articleMs + claimMs));
    }

    /** Baseline thresholds of {@link SentenceTfIdf} printed beside the event scores. */
    private static final double[] BASELINE = {0.3, 0.4, 0.5, 0.6};

    /**
     * Scores the claims against ECB+ event chains (claims per gold story, chains per topic) and prints
     * the plain TF-IDF baseline scored the same way.
     */
    static ClaimAgreement.Scores events(
            PrintWriter out,
            List<ClaimAgreement.GoldClaim> chains,
            List<List<ClaimAgreement.Statement>> found,
            List<Article> articles) {
        ClaimAgreement.Scores s = ClaimAgreement.score(chains, found);
        out.println("  events (gold/events.tsv, strict): " + s);
        for (double t : BASELINE) {
            ClaimAgreement.Scores b =
                    ClaimAgreement.score(chains, SentenceTfIdf.claims(articles, a -> EventGold.topic(a.id()), t));
            out.printf(Locale.ROOT, "    baseline TF-IDF lines, cosine >= %.1f: %s%n", t, b);
        }
        folds(out, chains, found, articles);
        return s;
    }

    /** Thresholds the baseline may choose from on the training folds. */
    private static final double[] BASELINE_GRID = {0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6};

    private static final int FOLDS = 5;

    /**
     * On {@link #FOLDS} topic folds ({@link EventGold#folds}): the claims scored on each held-out fold,
     * and the TF-IDF baseline with its threshold chosen (best pair F1) on the other folds, scored there
     * too. The claims' own knobs were not tuned on these sets.
     */
    private static void folds(
            PrintWriter out,
            List<ClaimAgreement.GoldClaim> chains,
            List<List<ClaimAgreement.Statement>> found,
            List<Article> articles) {
        List<java.util.Set<String>> folds =
                EventGold.folds(articles.stream().map(Article::id).toList(), FOLDS);
        List<ClaimAgreement.Scores> ours = new ArrayList<>();
        List<ClaimAgreement.Scores> loose = new ArrayList<>();
        List<ClaimAgreement.Scores> pure = new ArrayList<>();
        for (java.util.Set<String> test : folds) {
            List<Article> heldOut = articles.stream()
                    .filter(a -> test.contains(EventGold.topic(a.id())))
                    .toList();
            List<Article> train = articles.stream()
                    .filter(a -> !test.contains(EventGold.topic(a.id())))
                    .toList();
            ours.add(score(chains, heldOut, found));
            double[] chosen = chooseBaseline(chains, train);
            loose.add(score(chains, heldOut, SentenceTfIdf.claims(heldOut, a -> EventGold.topic(a.id()), chosen[0])));
            pure.add(score(chains, heldOut, SentenceTfIdf.claims(heldOut, a -> EventGold.topic(a.id()), chosen[1])));
            out.printf(
                    Locale.ROOT,
                    "    fold %s: claims %s%n      baseline, cosine >= %.2f (best F1 on the other folds) %s%n"
                            + "      baseline, cosine >= %.2f (best F1 with mixed <= %.2f on the other folds) %s%n",
                    new java.util.TreeSet<>(test),
                    ours.get(ours.size() - 1),
                    chosen[0],
                    loose.get(loose.size() - 1),
                    chosen[1],
                    MAX_MIXED,
                    pure.get(pure.size() - 1));
        }
        out.println("  events, held-out topic folds, mean ± sd: claims " + Folds.summary(ours));
        out.println("    TF-IDF baseline, best F1: " + Folds.summary(loose));
        out.println("    TF-IDF baseline, best F1 with mixed <= " + MAX_MIXED + ": " + Folds.summary(pure));
    }

    /** Most mixed share the constrained baseline may have on its training folds. */
    private static final double MAX_MIXED = 0.10;

    /**
     * The baseline thresholds chosen on {@code train}: {best pair F1, best pair F1 with mixed share at
     * most {@link #MAX_MIXED} (the least mixed when none is)}.
     */
    private static double[] chooseBaseline(List<ClaimAgreement.GoldClaim> chains, List<Article> train) {
        Folds.Choice<Double> loose = new Folds.Choice<>(BASELINE_GRID[0], 1.0);
        Folds.Choice<Double> pure = new Folds.Choice<>(BASELINE_GRID[BASELINE_GRID.length - 1], MAX_MIXED);
        for (double t : BASELINE_GRID) {
            ClaimAgreement.Scores s =
                    score(chains, train, SentenceTfIdf.claims(train, a -> EventGold.topic(a.id()), t));
            loose.offer(t, s);
            pure.offer(t, s);
        }
        return new double[] {loose.best(), pure.best()};
    }

    /** The scores of the {@code groups} lying in {@code articles} against the chains there. */
    private static ClaimAgreement.Scores score(
            List<ClaimAgreement.GoldClaim> chains,
            List<Article> articles,
            List<List<ClaimAgreement.Statement>> groups) {
        java.util.Set<String> ids =
                new java.util.HashSet<>(articles.stream().map(Article::id).toList());
        List<List<ClaimAgreement.Statement>> inside = groups.stream()
                .filter(g -> !g.isEmpty() && ids.contains(g.get(0).article()))
                .toList();
        return ClaimAgreement.score(ClaimAgreement.within(chains, ids), inside);
    }

    private static AnalyzedArticle find(List<AnalyzedArticle> story, String id) {
        return story.stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("summary cites an article outside its story: " + id));
    }

    /** The articles of the story with a sentence the aligner calls the same statement as {@code s}. */
    private static Set<String> supporters(
            StatementAligner aligner, List<AnalyzedArticle> story, AnalyzedArticle from, SummarySentence s) {
        Set<String> out = new HashSet<>();
        out.add(from.id());
        Statement mine = statement(from, s.span().start(), s.span().end(), s.text());
        for (AnalyzedArticle other : story) {
            if (other.id().equals(from.id())) {
                continue;
            }
            for (Sentence t : other.sentences()) {
                String text = t.span().of(other.article().text());
                if (aligner.align(mine, Statement.of(text, t.tokens())).same()) {
                    out.add(other.id());
                    break;
                }
            }
        }
        return out;
    }

    private static Statement statement(AnalyzedArticle a, int start, int end, String text) {
        List<io.storyline.nlp.Token> tokens = new ArrayList<>();
        for (Sentence t : a.sentences()) {
            for (io.storyline.nlp.Token k : t.tokens()) {
                if (k.start() >= start && k.end() <= end) {
                    tokens.add(k);
                }
            }
        }
        return Statement.of(text, tokens);
    }
}

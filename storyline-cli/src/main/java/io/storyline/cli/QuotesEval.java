package io.storyline.cli;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.Pipeline;
import io.storyline.core.Article;
import io.storyline.digest.StoryArticle;
import io.storyline.digest.StoryDigest;
import io.storyline.eval.Gates;
import io.storyline.eval.GoldQuote;
import io.storyline.eval.QuoteCoverage;
import io.storyline.eval.QuoteVariantScores;
import io.storyline.eval.SeedQuoteScores;
import io.storyline.eval.SpeakerScores;
import io.storyline.eval.StorySpeakerScores;
import io.storyline.eval.TimelineScores;
import io.storyline.quotes.Quote;
import io.storyline.speakers.ArticleQuotes;
import io.storyline.speakers.QuoteRef;
import io.storyline.speakers.SpeakerCanonicalizer;
import io.storyline.speakers.StorySpeakers;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storyline eval quotes DIR}: runs the article analysis on {@code DIR/articles.jsonl} and scores
 * the quotes against {@code DIR/gold-quotes.jsonl} three ways — by kind (direct/indirect recall, direct
 * precision, speaker accuracy; rows marked optional neither required nor penalised), by coverage (the
 * span-convention-free content P/R/F1 and source accuracy of issue 3) and by speaker of the annotated
 * quotes — and, when {@code DIR/gold/quote_variants.tsv} exists, the story's quote groups.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "quotes",
        description = "Quote finding and speaker scores on DIR/articles.jsonl against DIR/gold-quotes.jsonl.")
final class QuotesEval implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder with articles.jsonl and gold-quotes.jsonl.")
    Path dir = Path.of(".");

    @Option(names = "--misses", description = "List each gold speaker the story speakers get wrong.")
    boolean misses;

    @Option(names = "--min-f1", description = "Fail (exit 1) when the coverage F1 is below this.")
    double minF1;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        if (!Files.isRegularFile(dir.resolve("gold-quotes.jsonl"))) {
            throw new IllegalArgumentException("no gold-quotes.jsonl in " + dir);
        }
        AnalysedSets.Analysed set = new AnalysedSets(analysis.pipeline(), analysis.threads).of(dir);
        try (Views views = Views.open(!analysis.noEmbeddings)) {
            Gates.Quotes gate = new Gates.Quotes(minF1, 0, 0, 0);
            return run(spec.commandLine().getOut(), name, dir, set, views, gate, misses) ? 0 : 1;
        }
    }

    /** Runs and prints the scores for one set; false when a floor of {@code gate} is missed. */
    static boolean run(
            PrintWriter out, String name, Path dir, AnalysedSets.Analysed set, Views views, Gates.Quotes gate) {
        return run(out, name, dir, set, views, gate, false);
    }

    /** As above; with {@code showMisses}, lists each gold speaker the story speakers get wrong. */
    static boolean run(
            PrintWriter out,
            String name,
            Path dir,
            AnalysedSets.Analysed set,
            Views views,
            Gates.Quotes gate,
            boolean showMisses) {
        Path goldFile = dir.resolve("gold-quotes.jsonl");
        if (!Files.isRegularFile(goldFile)) {
            throw new IllegalArgumentException("no gold-quotes.jsonl in " + dir);
        }
        List<GoldQuote> gold = GoldQuote.read(goldFile);
        List<AnalyzedArticle> analysed = set.articles();
        Map<String, List<Quote>> found = new LinkedHashMap<>();
        analysed.forEach(x -> found.put(x.id(), x.quotes()));
        boolean pass = articleScores(out, name, set, gold, found, gate);
        if (Files.isRegularFile(dir.resolve("gold-stories.tsv"))) {
            StorySpeakerScores story = storySpeakers(dir, analysed, gold, found);
            pass &= story.accuracy() >= gate.storySpeakers();
            out.printf(Locale.ROOT, "  %s%s%n", story, floor(story.accuracy(), gate.storySpeakers()));
            if (showMisses) {
                story.misses().forEach(m -> out.println("    wrong speaker: " + m));
            }
        }
        Path variants = dir.resolve("gold").resolve("quote_variants.tsv");
        if (Files.isRegularFile(variants)) {
            pass &= variants(out, dir, variants, analysed, views, gate);
        }
        return pass;
    }

    /** The quotes of the articles one by one: by kind, coverage of the gold spans, speakers; false below a floor. */
    private static boolean articleScores(
            PrintWriter out,
            String name,
            AnalysedSets.Analysed set,
            List<GoldQuote> gold,
            Map<String, List<Quote>> found,
            Gates.Quotes gate) {
        List<AnalyzedArticle> analysed = set.articles();
        double seconds = set.seconds();
        Map<String, String> texts = new LinkedHashMap<>();
        int quotes = 0;
        for (AnalyzedArticle a : analysed) {
            texts.put(a.id(), a.article().text());
            quotes += a.quotes().size();
        }
        SeedQuoteScores kinds = SeedQuoteScores.score(texts, gold, found);
        QuoteCoverage coverage = QuoteCoverage.score(gold, found);
        SpeakerScores speakers = SpeakerScores.score(gold, found);
        boolean pass = coverage.f1() >= gate.f1() && speakers.accuracy() >= gate.speakers();
        out.printf(
                Locale.ROOT,
                "quotes     %-15s articles=%d gold=%d found=%d  %.1f articles/s (analysis)%n",
                name,
                analysed.size(),
                gold.size(),
                quotes,
                seconds == 0 ? 0 : analysed.size() / seconds);
        out.printf(
                Locale.ROOT,
                "  by kind:  direct R=%.3f P=%.3f  indirect R=%.3f  speaker correct=%.3f%n",
                kinds.directRecall(),
                kinds.directPrecision(),
                kinds.indirectRecall(),
                kinds.speakerAccuracy());
        out.printf(
                Locale.ROOT,
                "  coverage: P=%.3f R=%.3f F1=%.3f  source=%.3f%s%n",
                coverage.precision(),
                coverage.recall(),
                coverage.f1(),
                coverage.source(),
                floor(coverage.f1(), gate.f1()));
        out.printf(
                Locale.ROOT,
                "  speakers of annotated quotes: %d matched of %d, correct %.3f%s%n",
                speakers.matched(),
                speakers.gold(),
                speakers.accuracy(),
                floor(speakers.accuracy(), gate.speakers()));
        return pass;
    }

    /**
     * The story's quote groups against the gold variant pairs of {@code variants}, and its timeline
     * against {@code gold/timeline.tsv} when there is one; false when the variant floor is missed.
     */
    private static boolean variants(
            PrintWriter out, Path dir, Path variants, List<AnalyzedArticle> analysed, Views views, Gates.Quotes gate) {
        List<StoryArticle> story = new ArrayList<>();
        for (AnalyzedArticle a : analysed) {
            story.add(new StoryArticle(a.article(), a.boilerplate(), a.names(), a.quotes(), a.times(), a.sentences()));
        }
        StoryDigest digest = views.digests().digester().digest(story);
        QuoteVariantScores.Scores v = QuoteVariantScores.score(variants, digest);
        boolean ok = v.handled() >= gate.variants();
        out.printf(
                Locale.ROOT,
                "  quote groups: %d groups; %s%s%n",
                digest.quoteGroups().size(),
                v,
                gate.variants() > 0 ? (ok ? "  PASS (>= " : "  FAIL (< ") + gate.variants() + ")" : "");
        Path timeline = dir.resolve("gold").resolve("timeline.tsv");
        if (Files.isRegularFile(timeline)) {
            TimelineScores.Scores t = TimelineScores.score(timeline, digest.timeline());
            out.printf(Locale.ROOT, "  %s; %d entries%n", t, digest.timeline().size());
            for (TimelineScores.Row row : t.rows()) {
                if (!row.found()) {
                    out.printf("    missed %s %s (found %s)%n", row.date(), row.event(), row.got());
                }
            }
        }
        for (QuoteVariantScores.Row row : v.rows()) {
            if (!row.handled() || (row.positive() && !row.sensible())) {
                out.printf(
                        "    %s %s: %s (quotes %s, %s; found relation %s)%n",
                        row.id(),
                        row.relation(),
                        row.handled() ? "grouped, label off" : (row.positive() ? "not grouped" : "wrongly grouped"),
                        row.a(),
                        row.b(),
                        row.found() == null ? "-" : row.found().label());
            }
        }
        return ok;
    }

    /** Canonical speakers per gold story, as the story views compute them, scored on the gold rows. */
    static StorySpeakerScores storySpeakers(
            Path dir, List<AnalyzedArticle> analysed, List<GoldQuote> gold, Map<String, List<Quote>> found) {
        Map<String, String> storyOf = EvalSets.goldStories(dir);
        Map<String, List<ArticleQuotes>> stories = new LinkedHashMap<>();
        for (AnalyzedArticle a : analysed) {
            stories.computeIfAbsent(storyOf.getOrDefault(a.id(), a.id()), k -> new ArrayList<>())
                    .add(new ArticleQuotes(a.id(), a.article().text(), a.quotes(), a.names()));
        }
        SpeakerCanonicalizer canonicalizer = new SpeakerCanonicalizer();
        Map<String, StorySpeakers> byArticle = new LinkedHashMap<>();
        for (List<ArticleQuotes> story : stories.values()) {
            StorySpeakers speakers = canonicalizer.canonicalize(story);
            story.forEach(a -> byArticle.put(a.article(), speakers));
        }
        return StorySpeakerScores.score(gold, found, (article, index) -> {
            StorySpeakers s = byArticle.get(article);
            return s == null ? java.util.Optional.empty() : s.speakerOf(new QuoteRef(article, index));
        });
    }

    private static String floor(double value, double min) {
        if (min <= 0) {
            return "";
        }
        return value >= min ? "  PASS (>= " + min + ")" : "  FAIL (< " + min + ")";
    }

    /** Analyses {@code articles} on {@code threads} threads, keeping their order. */
    static List<AnalyzedArticle> analyse(List<Article> articles, Pipeline pipeline, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<AnalyzedArticle>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> pipeline.analyze(a)));
            }
            List<AnalyzedArticle> out = new ArrayList<>();
            for (Future<AnalyzedArticle> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}

package io.storyline.bench;

import io.storyline.core.Article;
import io.storyline.eval.GoldQuote;
import io.storyline.eval.QuoteCoverage;
import io.storyline.eval.SeedQuoteScores;
import io.storyline.quotes.Quote;
import io.storyline.quotes.QuoteKind;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Side-by-side comparison of Storyline's quote finder with Stanford CoreNLP's QuoteAnnotator +
 * QuoteAttributionAnnotator, in one run and with the same scorers: {@link QuoteCoverage#score} on
 * polnear-dev (content precision, recall, F1 and source) and {@link SeedQuoteScores#score} on the seed
 * story (direct quotes found, speaker right on the found quotes, and on the found direct quotes
 * alone, since CoreNLP finds nothing else), plus articles per second, the heap
 * the models retain and the peak heap of each system's polnear run.
 *
 * <p>Each system loads, runs the seed story (which doubles as JIT warm-up), then the polnear sample
 * on one thread; Storyline runs first so its peaks are not CoreNLP's. Articles per second exclude
 * model loading.
 *
 * <p>Run from the repository root (CoreNLP needs a 5-7 GB heap; nothing else heavy alongside):
 *
 * <pre>{@code
 * ./mvnw -q -pl storyline-bench -am package -DskipTests
 * java -Xmx8g -cp "storyline-bench/target/storyline-bench-0.1.0-SNAPSHOT.jar:$(cat storyline-bench/target/classpath.txt)" \
 *     io.storyline.bench.QuoteComparison --sample 100
 * }</pre>
 *
 * <p>Options: {@code --sample N} evenly spaced articles of the id-sorted polnear-dev (default 100),
 * {@code --all} every article (about 30 minutes for CoreNLP), {@code --only storyline|corenlp},
 * {@code --shared DIR} the shared folder holding {@code eval/} (default: system property {@code
 * storyline.shared}, else {@code ../shared}, else {@code ../../shared}), {@code --verbose} lists each
 * system's seed quotes and the scorer's notes.
 */
public final class QuoteComparison {

    private static final String USAGE =
            "usage: QuoteComparison [--sample N | --all] [--only storyline|corenlp] [--shared DIR] [--verbose]";

    private record Options(int sample, Set<String> systems, Path eval, boolean verbose) {}

    private record Result(
            String system,
            double loadSeconds,
            long retainedHeap,
            SeedQuoteScores seed,
            SeedQuoteScores seedDirect,
            QuoteCoverage polnear,
            int articles,
            double seconds,
            double cpuSeconds,
            long peakHeap,
            long peakResident,
            int failures) {

        double articlesPerSecond() {
            return seconds == 0 ? 0 : articles / seconds;
        }

        double articlesPerCpuSecond() {
            return cpuSeconds == 0 ? 0 : articles / cpuSeconds;
        }
    }

    private record Run(Map<String, List<Quote>> found, double seconds, double cpuSeconds, int failures) {}

    private QuoteComparison() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        run(options, out);
    }

    private static void run(Options options, PrintStream out) {
        Path seedDir = options.eval().resolve("ceasefire-2025");
        Path polnearDir = options.eval().resolve("polnear-dev");
        List<Article> seedArticles = EvalArticles.read(seedDir.resolve("articles.jsonl"));
        List<GoldQuote> seedGold = GoldQuote.read(seedDir.resolve("gold-quotes.jsonl"));
        List<Article> all = EvalArticles.read(polnearDir.resolve("articles.jsonl"));
        List<Article> sample = EvalArticles.sample(all, options.sample());
        Set<String> ids = sample.stream().map(Article::id).collect(Collectors.toSet());
        List<GoldQuote> polnearGold = GoldQuote.read(polnearDir.resolve("gold-quotes.jsonl")).stream()
                .filter(g -> ids.contains(g.article()))
                .toList();
        out.printf(
                Locale.ROOT,
                "polnear-dev: %d of %d articles (every %s of the id-sorted list), %d gold attributions; seed: %d"
                        + " articles%n",
                sample.size(),
                all.size(),
                sample.size() == all.size()
                        ? "one"
                        : String.format(Locale.ROOT, "%.2fth", (double) all.size() / sample.size()),
                polnearGold.size(),
                seedArticles.size());
        Map<String, Supplier<QuoteSystem>> systems = new LinkedHashMap<>();
        systems.put("storyline", StorylineQuotes::new);
        systems.put("corenlp", CoreNlpQuotes::new);
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, Supplier<QuoteSystem>> e : systems.entrySet()) {
            if (options.systems().contains(e.getKey())) {
                results.add(measure(e.getValue(), seedArticles, seedGold, sample, polnearGold, options.verbose(), out));
            }
        }
        report(results, out);
    }

    private static Result measure(
            Supplier<QuoteSystem> factory,
            List<Article> seedArticles,
            List<GoldQuote> seedGold,
            List<Article> sample,
            List<GoldQuote> polnearGold,
            boolean verbose,
            PrintStream out) {
        long t0 = System.nanoTime();
        QuoteSystem system = factory.get();
        double load = (System.nanoTime() - t0) / 1e9;
        long retained = Memory.retainedHeap();
        out.printf(Locale.ROOT, "%s: loaded in %.1f s, %s retained%n", system.name(), load, Memory.gb(retained));
        Run seedRun = find(system, seedArticles, out);
        Map<String, String> seedTexts = new LinkedHashMap<>();
        seedArticles.forEach(a -> seedTexts.put(a.id(), a.text()));
        SeedQuoteScores seed = SeedQuoteScores.score(seedTexts, seedGold, seedRun.found());
        if (verbose) {
            seedRun.found().forEach((id, qs) -> qs.forEach(q -> out.println("    " + describe(seedTexts.get(id), q))));
            seed.notes().forEach(n -> out.println("    " + n));
        }
        // CoreNLP finds direct quotes only: the speaker on Storyline's direct quotes alone is the like-for-like figure.
        Map<String, List<Quote>> direct = new LinkedHashMap<>();
        seedRun.found()
                .forEach((id, qs) -> direct.put(
                        id,
                        qs.stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList()));
        SeedQuoteScores seedDirect = SeedQuoteScores.score(seedTexts, seedGold, direct);
        out.println("  seed: " + seed);
        Memory.resetPeaks();
        Run run = find(system, sample, out);
        long peak = Memory.peakHeap();
        QuoteCoverage coverage = QuoteCoverage.score(polnearGold, run.found());
        out.printf(Locale.ROOT, "  polnear-dev: %s; %d articles in %.1f s%n", coverage, sample.size(), run.seconds());
        return new Result(
                system.name(),
                load,
                retained,
                seed,
                seedDirect,
                coverage,
                sample.size(),
                run.seconds(),
                run.cpuSeconds(),
                peak,
                Memory.peakResident(),
                seedRun.failures() + run.failures());
    }

    /** Runs the system over the articles; an article that throws is reported and scored as empty. */
    private static Run find(QuoteSystem system, List<Article> articles, PrintStream out) {
        Map<String, List<Quote>> found = new LinkedHashMap<>();
        int failures = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            try {
                found.put(a.id(), system.find(a));
            } catch (RuntimeException ex) {
                failures++;
                found.put(a.id(), List.of());
                System.err.println("  " + system.name() + " failed on " + a.id() + ": " + ex);
            }
            if ((i + 1) % 25 == 0) {
                out.printf(
                        Locale.ROOT,
                        "  ... %s: %d/%d articles, %.1f s%n",
                        system.name(),
                        i + 1,
                        articles.size(),
                        (System.nanoTime() - t0) / 1e9);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Run(found, seconds, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9, failures);
    }

    private static String describe(@Nullable String text, Quote q) {
        String t = text == null ? "" : text;
        String words = q.span().of(t);
        return String.format(
                Locale.ROOT,
                "%s [%s] speaker=%s mention=%s",
                q.kind(),
                words.length() <= 90 ? words : words.substring(0, 87) + "...",
                q.speaker(),
                q.speakerText());
    }

    private static void report(List<Result> results, PrintStream out) {
        out.println();
        out.println("| system | articles | P | R | F1 | source | articles/s | articles/CPU-s | load s | models"
                + " retained | peak heap | peak RSS |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            QuoteCoverage c = r.polnear();
            out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.2f | %.2f | %.1f | %s | %s | %s |%n",
                    r.system(),
                    r.articles(),
                    c.precision(),
                    c.recall(),
                    c.f1(),
                    c.source(),
                    r.articlesPerSecond(),
                    r.articlesPerCpuSecond(),
                    r.loadSeconds(),
                    Memory.gb(r.retainedHeap()),
                    Memory.gb(r.peakHeap()),
                    Memory.gb(r.peakResident()));
        }
        out.println();
        out.println("| system (seed story) | direct found | direct precision | speaker right on found"
                + " | speaker right on found direct | failures |");
        out.println("|---|---|---|---|---|---|");
        for (Result r : results) {
            SeedQuoteScores s = r.seed();
            out.printf(
                    Locale.ROOT,
                    "| %s | %.3f (%d/%d) | %.3f (%d/%d) | %.3f (%d/%d) | %.3f (%d/%d) | %d |%n",
                    r.system(),
                    s.directRecall(),
                    s.directGoldFound(),
                    s.directGold(),
                    s.directPrecision(),
                    s.directFoundCorrect(),
                    s.directFound(),
                    s.speakerAccuracy(),
                    s.speakerCorrect(),
                    s.speakerJudged(),
                    r.seedDirect().speakerAccuracy(),
                    r.seedDirect().speakerCorrect(),
                    r.seedDirect().speakerJudged(),
                    r.failures());
        }
    }

    private static Options parse(String[] args) {
        int sample = 100;
        Set<String> systems = Set.of("storyline", "corenlp");
        @Nullable String shared = null;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sample" -> sample = positive(value(args, ++i, "--sample"));
                case "--all" -> sample = Integer.MAX_VALUE;
                case "--only" -> {
                    String s = value(args, ++i, "--only");
                    if (!s.equals("storyline") && !s.equals("corenlp")) {
                        throw new IllegalArgumentException("--only must be storyline or corenlp, got " + s);
                    }
                    systems = Set.of(s);
                }
                case "--shared" -> shared = value(args, ++i, "--shared");
                case "--verbose" -> verbose = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new Options(sample, systems, evalDir(shared), verbose);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String s) {
        try {
            int n = Integer.parseInt(s);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new IllegalArgumentException("--sample must be a positive whole number, got " + s);
    }

    private static Path evalDir(@Nullable String shared) {
        List<String> candidates = new ArrayList<>();
        if (shared != null) {
            candidates.add(shared);
        } else {
            String prop = System.getProperty("storyline.shared");
            if (prop != null) {
                candidates.add(prop);
            }
            candidates.add("../shared");
            candidates.add("../../shared");
        }
        for (String c : candidates) {
            Path eval = Path.of(c).resolve("eval");
            if (Files.isDirectory(eval.resolve("polnear-dev")) && Files.isDirectory(eval.resolve("ceasefire-2025"))) {
                return eval;
            }
        }
        throw new IllegalArgumentException("no eval/polnear-dev and eval/ceasefire-2025 under " + candidates);
    }
}

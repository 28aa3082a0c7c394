package io.storyline.bench;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StageTimes;
import io.storyline.analysis.StandardPipeline;
import io.storyline.core.Article;
import io.storyline.digest.StoryArticle;
import io.storyline.digest.StoryDigest;
import io.storyline.digest.StoryDigester;
import io.storyline.embed.MiniLmEmbedder;
import io.storyline.eval.SharedEval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * How the story-level views scale with the size of one story: builds one story of many copies and
 * rewrites of a few original articles (as real wire stories are), analyses it once, then digests its
 * first N articles for each N asked and prints the time of every view.
 *
 * <p>The originals are read at run time from a shared evaluation set (default {@code
 * ../shared/eval/ceasefire-2025}); nothing of them is stored in this repository. Article {@code i} is
 * a variant of original {@code i mod k}: an exact copy, a trimmed copy (some later paragraphs
 * dropped), a reordered copy, or a light rewrite (a few reporting words changed and a paragraph
 * dropped), with its own outlet and a publication date up to three days later. Deterministic.
 *
 * <p>Run from the repository root, on the CLI's class path (with {@code classpath.txt}, which adds
 * CoreNLP, the JVM was seen to die with a segmentation fault when the MiniLM model loads):
 *
 * <pre>{@code
 * ./mvnw -q -o -pl storyline-cli,storyline-bench -am package -DskipTests
 * java -Xmx3g -cp "storyline-bench/target/storyline-bench-0.1.0-SNAPSHOT.jar:storyline-cli/target/storyline-cli-0.1.0-SNAPSHOT.jar:storyline-cli/target/lib/*" \
 *     io.storyline.bench.StoryScaleBench --sizes 50,200,1000
 * }</pre>
 *
 * <p>Options: {@code --sizes A,B,C} story sizes (default 50,200,1000), {@code --seed DIR} the
 * folder holding {@code articles.jsonl} (default {@code ../shared/eval/ceasefire-2025}), {@code
 * --no-embeddings} words only.
 */
public final class StoryScaleBench {

    private static final String USAGE =
            "usage: StoryScaleBench [--sizes 50,200,1000] [--seed DIR] [--no-embeddings] [--threads N]";

    /** Reporting words a rewrite swaps (our own small table, not taken from any data set). */
    private static final String[][] REWORDS = {
        {" said ", " stated "},
        {" told ", " informed "},
        {" would ", " will "},
        {" also ", " additionally "},
        {" added ", " went on to say "},
        {" However, ", " But "}
    };

    private StoryScaleBench() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(50, 200, 1000);
        Path seed = Path.of("../shared/eval/ceasefire-2025");
        boolean embeddings = true;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" ->
                    sizes = Arrays.stream(value(args, ++i).split(","))
                            .map(String::trim)
                            .map(Integer::parseInt)
                            .toList();
                case "--seed" -> seed = Path.of(value(args, ++i));
                case "--no-embeddings" -> embeddings = false;
                case "--threads" -> threads = Integer.parseInt(value(args, ++i));
                default -> {
                    System.err.println(USAGE);
                    System.exit(2);
                }
            }
        }
        Path jsonl = seed.resolve("articles.jsonl");
        if (!Files.isRegularFile(jsonl)) {
            System.err.println("no articles.jsonl in " + seed.toAbsolutePath() + ": pass --seed DIR");
            System.exit(1);
        }
        List<Article> originals = SharedEval.articles(jsonl);
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores, max heap %d MB; %d originals from %s%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                originals.size(),
                seed);
        Pipeline pipeline = StandardPipeline.create(new StandardPipeline.Options(false, 600));
        long t0 = System.nanoTime();
        List<StoryArticle> story = analyse(pipeline, variants(originals, largest), threads);
        System.out.printf(
                Locale.ROOT, "analysed %d variant articles in %.1f s%n", story.size(), (System.nanoTime() - t0) / 1e9);
        try (MiniLmEmbedder embedder = embeddings ? new MiniLmEmbedder() : null) {
            // warm-up: the smallest story once (JIT, model), with its own digester so its cache is not reused
            digest(embedder, story.subList(0, Math.min(story.size(), sizes.get(0))));
            System.out.println("(the line above is the warm-up)");
            for (int n : sizes) {
                digest(embedder, story.subList(0, Math.min(n, story.size())));
            }
        }
    }

    private static void digest(@Nullable MiniLmEmbedder embedder, List<StoryArticle> generated) {
        // story order: publication date, then as generated (the store's order)
        List<StoryArticle> story = new ArrayList<>(generated);
        story.sort(Comparator.comparing(
                (StoryArticle s) -> s.article().published(), Comparator.nullsLast(Comparator.naturalOrder())));
        StageTimes times = new StageTimes();
        long t0 = System.nanoTime();
        StoryDigest d = new StoryDigester(embedder).digest(story, times);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "story of %5d articles: digest %7.2f s (%d quotes, %d quote groups, %d claims, %d provenance edges)%n",
                story.size(),
                seconds,
                d.quotes().size(),
                d.quoteGroups().size(),
                d.evidence().claims().size(),
                d.evidence().provenance().size());
        for (Map.Entry<String, Double> e : times.millis().entrySet()) {
            System.out.printf(Locale.ROOT, "    %-18s %9.0f ms%n", e.getKey(), e.getValue());
        }
    }

    /** {@code count} variants of {@code originals}, deterministic. */
    static List<Article> variants(List<Article> originals, int count) {
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Article o = originals.get(i % originals.size());
            SplittableRandom rnd = new SplittableRandom(31L * i + 7);
            String text = switch (i < originals.size() ? -1 : rnd.nextInt(4)) {
                case 0 -> trimmed(o.text(), rnd);
                case 1 -> reordered(o.text(), rnd);
                case 2 -> reworded(trimmed(o.text(), rnd), rnd);
                default -> o.text();
            };
            out.add(new Article(
                    o.id() + "-v" + i,
                    o.title(),
                    text,
                    o.published() == null ? null : o.published().plusDays(i < originals.size() ? 0 : rnd.nextInt(4)),
                    "Bench Outlet " + (i % 41),
                    null,
                    o.language()));
        }
        return out;
    }

    private static List<String> paragraphs(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n")));
    }

    private static String trimmed(String text, SplittableRandom rnd) {
        List<String> ps = paragraphs(text);
        int drop = 1 + rnd.nextInt(3);
        for (int k = 0; k < drop && ps.size() > 3; k++) {
            ps.remove(1 + rnd.nextInt(ps.size() - 1));
        }
        return String.join("\n", ps);
    }

    private static String reordered(String text, SplittableRandom rnd) {
        List<String> ps = paragraphs(text);
        if (ps.size() > 3) {
            int a = 1 + rnd.nextInt(ps.size() - 1);
            int b = 1 + rnd.nextInt(ps.size() - 1);
            String x = ps.get(a);
            ps.set(a, ps.get(b));
            ps.set(b, x);
        }
        return String.join("\n", ps);
    }

    private static String reworded(String text, SplittableRandom rnd) {
        String out = text;
        for (String[] r : REWORDS) {
            if (rnd.nextBoolean()) {
                out = out.replace(r[0], r[1]);
            }
        }
        return out;
    }

    private static List<StoryArticle> analyse(Pipeline pipeline, List<Article> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<AnalyzedArticle>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> pipeline.analyze(a)));
            }
            List<StoryArticle> out = new ArrayList<>();
            for (Future<AnalyzedArticle> f : futures) {
                AnalyzedArticle a = f.get();
                out.add(new StoryArticle(
                        a.article(), a.boilerplate(), a.names(), a.quotes(), a.times(), a.sentences()));
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println(USAGE);
            System.exit(2);
        }
        return args[i];
    }
}

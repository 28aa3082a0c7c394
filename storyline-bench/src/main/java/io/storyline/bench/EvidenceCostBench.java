package io.storyline.bench;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StageTimes;
import io.storyline.analysis.StandardPipeline;
import io.storyline.claims.ClaimInput;
import io.storyline.core.Article;
import io.storyline.embed.MiniLmEmbedder;
import io.storyline.eval.SharedEval;
import io.storyline.provenance.StoryEvidence;
import io.storyline.provenance.StoryEvidenceAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The cost of claims and provenance against the article pipeline, on the gold stories of a shared
 * evaluation set (default {@code ../shared/eval/basil-dev}): every article is analysed once (timed per
 * stage), then every gold story's evidence is computed (timed), after one warm-up of each.
 *
 * <pre>{@code
 * ./mvnw -q -o -pl storyline-cli,storyline-bench -am package -DskipTests
 * java -Xmx3g -cp "storyline-bench/target/storyline-bench-0.1.0-SNAPSHOT.jar:storyline-cli/target/storyline-cli-0.1.0-SNAPSHOT.jar:storyline-cli/target/lib/*" \
 *     io.storyline.bench.EvidenceCostBench [DIR]
 * }</pre>
 *
 * <p>{@code DIR} holds {@code articles.jsonl} and {@code gold-stories.tsv}.
 */
public final class EvidenceCostBench {

    private EvidenceCostBench() {}

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/basil-dev");
        if (!Files.isRegularFile(dir.resolve("articles.jsonl"))
                || !Files.isRegularFile(dir.resolve("gold-stories.tsv"))) {
            System.err.println("EvidenceCostBench: " + dir + " holds no articles.jsonl and gold-stories.tsv");
            System.exit(2);
        }
        StageTimes times = new StageTimes();
        Pipeline pipeline =
                StandardPipeline.create(StandardPipeline.Options.defaults()).timed(times);
        List<Article> articles = SharedEval.articles(dir.resolve("articles.jsonl"));
        pipeline.analyze(articles.get(0));
        long t0 = System.nanoTime();
        Map<String, AnalyzedArticle> analysed = new HashMap<>();
        for (Article a : articles) {
            analysed.put(a.id(), pipeline.analyze(a));
        }
        double pipelineMs = (System.nanoTime() - t0) / 1e6;
        Map<String, List<String>> stories = SharedEval.stories(dir.resolve("gold-stories.tsv"));
        int embedded = 0;
        int units = 0;
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            StoryEvidenceAnalyzer analyzer = new StoryEvidenceAnalyzer(embedder);
            analyzer.analyze(inputs(stories.values().iterator().next(), analysed));
            long t1 = System.nanoTime();
            for (List<String> ids : stories.values()) {
                StoryEvidence ev = analyzer.analyze(inputs(ids, analysed));
                embedded += ev.stats().getOrDefault("embedded", 0);
                units += ev.stats().getOrDefault("units", 0);
            }
            double evidenceMs = (System.nanoTime() - t1) / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "%s, %d articles, %d stories, %d cores: pipeline %.0f ms (stages %s); claims+provenance %.0f ms"
                            + " (%d units, %d embedded) = %.2f of the pipeline, %.2f of the total%n",
                    dir,
                    articles.size(),
                    stories.size(),
                    Runtime.getRuntime().availableProcessors(),
                    pipelineMs,
                    times.millis(),
                    evidenceMs,
                    units,
                    embedded,
                    evidenceMs / pipelineMs,
                    evidenceMs / (pipelineMs + evidenceMs));
        }
    }

    private static List<ClaimInput> inputs(List<String> ids, Map<String, AnalyzedArticle> analysed) {
        return ids.stream()
                .map(id -> ClaimInput.from(Objects.requireNonNull(analysed.get(id), id)))
                .toList();
    }
}

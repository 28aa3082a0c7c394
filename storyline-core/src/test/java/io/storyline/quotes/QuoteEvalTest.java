package io.storyline.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.eval.GoldQuote;
import io.storyline.eval.QuoteScores;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Measures the finder on the shared evaluation sets; skipped when the shared folder is absent. */
class QuoteEvalTest {

    private final RuleQuoteFinder finder = new RuleQuoteFinder();

    private static Path eval() {
        var dir = Articles.evalDir();
        assumeTrue(dir.isPresent(), "shared eval folder not found");
        return dir.get();
    }

    private record Run(Map<String, String> texts, Map<String, List<Quote>> found, double seconds) {}

    private Run run(Path dir) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<Quote>> found = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        for (Articles.Doc d : Articles.read(dir.resolve("articles.jsonl")).values()) {
            texts.put(d.id(), d.text());
            found.put(d.id(), Articles.quotes(finder, d.text(), d.title()));
        }
        return new Run(texts, found, (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void seedStory() {
        Path dir = eval().resolve("ceasefire-2025");
        Run run = run(dir);
        List<GoldQuote> gold = GoldQuote.read(dir.resolve("gold-quotes.jsonl"));
        QuoteScores.Seed s = QuoteScores.seed(run.texts(), gold, run.found());
        if (Boolean.getBoolean("quotes.verbose")) {
            run.found()
                    .forEach((id, qs) -> qs.forEach(q -> System.out.printf(
                            "%s %s [%s] speaker=%s anon=%s (%s) cue=%s%n",
                            id.substring(0, 3),
                            q.kind(),
                            q.span().of(run.texts().getOrDefault(id, "")),
                            q.speaker(),
                            q.anonymous(),
                            q.speakerText(),
                            q.cue() == null ? null : q.cue().of(run.texts().getOrDefault(id, "")))));
        }
        s.notes().forEach(n -> System.out.println("  " + n));
        System.out.println("seed quotes: " + s);
        assertThat(s.directRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.directPrecision()).isGreaterThanOrEqualTo(0.90);
        assertThat(s.indirectRecall()).isGreaterThanOrEqualTo(0.70);
        assertThat(s.speakerAccuracy()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void polnearDev() {
        Path dir = eval().resolve("polnear-dev");
        Run run = run(dir);
        List<GoldQuote> gold = GoldQuote.read(dir.resolve("gold-quotes.jsonl"));
        QuoteScores.Coverage c = QuoteScores.coverage(gold, run.found());
        System.out.printf(
                Locale.ROOT,
                "polnear-dev quotes: %s; %d articles in %.1f s (%.1f articles/s, analysis included)%n",
                c,
                run.texts().size(),
                run.seconds(),
                run.texts().size() / run.seconds());
        assertThat(c.f1()).isGreaterThanOrEqualTo(0.0);
        assertThat(c.source()).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void basilDev() {
        Path dir = eval().resolve("basil-dev");
        Run run = run(dir);
        List<GoldQuote> gold = GoldQuote.read(dir.resolve("gold-quotes.jsonl"));
        QuoteScores.Speakers s = QuoteScores.speakers(gold, run.found());
        System.out.println("basil-dev quotes: " + s);
        assertThat(s.accuracy()).isGreaterThanOrEqualTo(0.0);
    }
}

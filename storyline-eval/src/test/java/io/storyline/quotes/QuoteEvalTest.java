package io.storyline.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.eval.Gates;
import io.storyline.eval.GoldQuote;
import io.storyline.eval.QuoteCoverage;
import io.storyline.eval.SeedQuoteScores;
import io.storyline.eval.SharedEval;
import io.storyline.eval.SpeakerScores;
import io.storyline.names.RuleNameFinder;
import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import io.storyline.nlp.Sentence;
import io.storyline.text.BoilerplateDetector;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Measures the finder on the shared evaluation sets; skipped when the shared folder is absent. */
class QuoteEvalTest {

    private static final OpenNlpAnalyzer NLP = new OpenNlpAnalyzer(EnglishModels.load());
    private static final RuleNameFinder NAMES = new RuleNameFinder();
    private static final BoilerplateDetector BOILERPLATE = new BoilerplateDetector();

    private final RuleQuoteFinder finder = new RuleQuoteFinder();

    private static Path eval() {
        var dir = SharedEval.dir();
        assumeTrue(dir.isPresent(), "shared eval folder not found");
        return dir.get();
    }

    private record Run(Map<String, String> texts, Map<String, List<Quote>> found, double seconds) {}

    private Run run(Path dir) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<Quote>> found = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        for (Article d : SharedEval.articles(dir.resolve("articles.jsonl"))) {
            texts.put(d.id(), d.text());
            found.put(d.id(), quotes(d.text(), d.title()));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        dump(dir, found);
        return new Run(texts, found, seconds);
    }

    /** Boilerplate, sentences, names, then the finder: what the pipeline gives the finder. */
    private List<Quote> quotes(String text, @Nullable String title) {
        List<Span> boilerplate = BOILERPLATE.detect(text, title);
        List<Sentence> sentences = NLP.sentences(text, boilerplate);
        return finder.find(text, sentences, NAMES.find(text, sentences), boilerplate);
    }

    /** With -Dquotes.dump=DIR, writes the found quotes as JSON lines for error analysis. */
    private static void dump(Path dir, Map<String, List<Quote>> found) {
        String to = System.getProperty("quotes.dump", "");
        if (to.isEmpty()) {
            return;
        }
        List<String> rows = new java.util.ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        found.forEach((id, qs) -> qs.forEach(q -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("article", id);
            row.put("kind", q.kind().name());
            row.put("start", q.span().start());
            row.put("end", q.span().end());
            row.put("speaker", q.speaker());
            row.put("speakerText", q.speakerText());
            row.put(
                    "speakerStart",
                    q.speakerSpan() == null ? null : q.speakerSpan().start());
            row.put(
                    "speakerEnd",
                    q.speakerSpan() == null ? null : q.speakerSpan().end());
            row.put("anonymous", q.anonymous());
            row.put("cueStart", q.cue() == null ? null : q.cue().start());
            row.put("cueEnd", q.cue() == null ? null : q.cue().end());
            try {
                rows.add(m.writeValueAsString(row));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        try {
            java.nio.file.Files.write(Path.of(to, dir.getFileName() + ".jsonl"), rows);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void seedStory() {
        Path dir = eval().resolve("ceasefire-2025");
        Run run = run(dir);
        List<GoldQuote> gold = GoldQuote.read(dir.resolve("gold-quotes.jsonl"));
        SeedQuoteScores s = SeedQuoteScores.score(run.texts(), gold, run.found());
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
        // issue targets 0.95 / 0.90 / 0.70 / 0.90; floors just below the level reached (1.0 / 1.0 / 0.977 / 1.0)
        assertThat(s.directRecall()).isGreaterThanOrEqualTo(0.97);
        assertThat(s.directPrecision()).isGreaterThanOrEqualTo(0.97);
        assertThat(s.indirectRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.speakerAccuracy()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void polnearDev() {
        Path dir = eval().resolve("polnear-dev");
        Run run = run(dir);
        List<GoldQuote> gold = GoldQuote.read(dir.resolve("gold-quotes.jsonl"));
        QuoteCoverage c = QuoteCoverage.score(gold, run.found());
        System.out.printf(
                Locale.ROOT,
                "polnear-dev quotes: %s; %d articles in %.1f s (%.1f articles/s, analysis included)%n",
                c,
                run.texts().size(),
                run.seconds(),
                run.texts().size() / run.seconds());
        // issue target: F1 >= 0.70 (reached 0.703, P 0.885 R 0.583, source 0.836): the misses are a long tail of stance
        // and belief cues ("wants", "sees X as", "plans"), headline colons, noun cues ("X's claim that"), and
        // long direct quotes split by a long speaker description that PolNeAR counts as one span
        assertThat(c.precision()).isGreaterThanOrEqualTo(0.88);
        assertThat(c.f1()).isGreaterThanOrEqualTo(Gates.quotes("polnear-dev").f1());
        assertThat(c.source()).isGreaterThanOrEqualTo(0.83);
    }

    @Test
    void basilDev() {
        Path dir = eval().resolve("basil-dev");
        Run run = run(dir);
        List<GoldQuote> gold = GoldQuote.read(dir.resolve("gold-quotes.jsonl"));
        SpeakerScores s = SpeakerScores.score(gold, run.found());
        System.out.println("basil-dev quotes: " + s);
        // issue target 0.80 (not reached: 0.599). 40 of the 142 judged rows carry a group label
        // ("Republican Lawmakers", "Obama campaign", "internet companies") on a quote the text gives to a
        // named member or spokesperson, so at most 102/142 = 0.72 is reachable; we get 85 of those 102
        assertThat(s.accuracy()).isGreaterThanOrEqualTo(0.65);
    }
}

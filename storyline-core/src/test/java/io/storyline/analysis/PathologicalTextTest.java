package io.storyline.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.quotes.Quote;
import io.storyline.time.RuleTimeFinder;
import io.storyline.time.TimeExpression;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Texts built to blow up the article analysis (sentence splitting, names, the quote finder, the time
 * finder, boilerplate): endless runs of quote marks, dashes, spaces, reporting verbs, dates and
 * numbers, one sentence without an end. Each runs at two sizes through the whole article pipeline and
 * through the time finder alone; nothing may throw, every span stays inside the text, and a generous
 * wall-clock bound stops a catastrophic blow-up (no speed is asserted: the thread CPU times and their growth for a
 * ×4 input are printed for the issue note). {@code -Dstoryline.fuzzScale=N} multiplies the sizes.
 */
class PathologicalTextTest {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static final Duration BOUND = Duration.ofSeconds(90);
    private static final int SCALE = Integer.getInteger("storyline.fuzzScale", 1);
    private static final Pipeline PIPELINE = StandardPipeline.create(new StandardPipeline.Options(false, 600));
    private static final RuleTimeFinder TIMES = new RuleTimeFinder();

    private static Map<String, IntFunction<String>> texts() {
        Map<String, IntFunction<String>> m = new LinkedHashMap<>();
        m.put("straight-quotes", n -> "\"".repeat(n));
        m.put("curly-quotes", n -> "“".repeat(n) + "”".repeat(n));
        m.put("alternating-quotes", n -> "“a” ‘b’ «c» „d“ ".repeat(n / 4));
        m.put("open-quote-then-said", n -> "“He said, ".repeat(n / 4));
        m.put("dashes", n -> " — ".repeat(n) + "said the minister.");
        m.put("spaces", n -> "The mayor said " + " ".repeat(n * 4) + "that the bridge is closed.");
        m.put("said-run", n -> "said ".repeat(n) + "\"yes.\"");
        m.put("no-sentence-end", n -> "the mayor of Tamsford who said that ".repeat(n / 6));
        m.put("capitals", n -> "Mr. Hale Dunmore ".repeat(n / 4));
        m.put("dates", n -> "on Monday March 3, 2025 ".repeat(n / 6));
        m.put("relative-times", n -> "two weeks ago last Friday earlier this year ".repeat(n / 8));
        m.put("numbers", n -> "1 2,000 3.5 45% ".repeat(n / 4));
        m.put("newlines", n -> "Line\n".repeat(n));
        m.put("apostrophes", n -> "'s’s ".repeat(n));
        return m;
    }

    private static long analyse(String name, String text) {
        long[] took = new long[1];
        Assertions.assertTimeoutPreemptively(
                BOUND,
                () -> {
                    long t0 = CPU.getCurrentThreadCpuTime();
                    AnalyzedArticle a = PIPELINE.analyze(
                            new Article("p1", null, text, LocalDate.of(2025, 3, 12), null, null, null));
                    for (TimeExpression t : TIMES.find(text, LocalDate.of(2025, 3, 12))) {
                        inside(name, t.span(), text);
                    }
                    took[0] = (CPU.getCurrentThreadCpuTime() - t0) / 1_000_000;
                    for (Quote q : a.quotes()) {
                        inside(name, q.span(), text);
                        if (q.speakerSpan() != null) {
                            inside(name, q.speakerSpan(), text);
                        }
                    }
                    for (TimeExpression t : a.times()) {
                        inside(name, t.span(), text);
                    }
                },
                () -> name + " (" + text.length() + " chars) took over " + BOUND.toSeconds() + " s");
        return took[0];
    }

    private static void inside(String name, Span s, String text) {
        assertThat(s.end())
                .as("%s: span %s inside %d chars", name, s, text.length())
                .isLessThanOrEqualTo(text.length());
    }

    @Test
    void hostileTextsAreAnalysedWithoutThrowingOrBlowingUp() {
        StringBuilder report = new StringBuilder("PathologicalTextTest (CPU ms of the reading thread at n, 4n units):");
        for (Map.Entry<String, IntFunction<String>> e : texts().entrySet()) {
            int n = 1_000 * SCALE;
            String small = e.getValue().apply(n);
            String large = e.getValue().apply(4 * n);
            long a = analyse(e.getKey(), small);
            long b = analyse(e.getKey(), large);
            report.append(String.format(
                    " %s %d chars %d ms, %d chars %d ms;", e.getKey(), small.length(), a, large.length(), b));
        }
        System.out.println(report);
    }
}

package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs built to blow up a parser: deep nesting, endless runs of one character, huge attributes
 * and lines. Each is read at two sizes through {@link InputReader}; nothing may escape (every file gives
 * articles or reasons), and a generous wall-clock bound catches catastrophic (regex backtracking,
 * quadratic-or-worse) behaviour without asserting speed: the CPU times (thread CPU, so a busy machine
 * does not inflate them) and their growth (×4 input) are
 * printed for the issue note. {@code -Dstoryline.fuzzScale=N} multiplies the sizes.
 */
class PathologicalInputTest {

    /** A bound no linear reader comes near on these sizes; it exists to stop a blow-up, not to time. */
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static final Duration BOUND = Duration.ofSeconds(60);

    private static final int SCALE = Integer.getInteger("storyline.fuzzScale", 1);

    @TempDir
    Path dir;

    private static String repeat(String s, int n) {
        return s.repeat(Math.max(1, n));
    }

    /** name → (size in units → file content); the extension is the part of the name after the last dot. */
    private static Map<String, IntFunction<String>> inputs() {
        Map<String, IntFunction<String>> m = new LinkedHashMap<>();
        m.put(
                "nested-divs.html",
                n -> "<html><body>" + repeat("<div>", n) + "text " + repeat("</div>", n) + "</body></html>");
        m.put("unclosed-tags.html", n -> "<html><body>" + repeat("<p><b><i><span>", n) + "</body></html>");
        m.put("nested-tables.html", n -> repeat("<table><tr><td>", n) + "cell" + repeat("</td></tr></table>", n));
        m.put(
                "long-attribute.html",
                n -> "<html><body><a href=\"" + repeat("javascript:x", n * 10) + "\">x</a><p>" + repeat("Word ", n)
                        + "</p></body></html>");
        m.put("many-attributes.html", n -> "<html><body><p " + repeat("a=b ", n * 5) + ">Text here.</p></body></html>");
        m.put("comment-run.html", n -> "<html><body>" + repeat("<!--", n * 5) + "<p>Text.</p></body></html>");
        m.put("quotes-run.html", n -> "<html><body><p>" + repeat("\"", n * 10) + "</p></body></html>");
        m.put(
                "meta-flood.html",
                n -> "<html><head>" + repeat("<meta property=\"article:published_time\" content=\"2020-01-0\">", n)
                        + "</head><body><p>Short text of the article goes here.</p></body></html>");
        m.put(
                "jsonld-flood.html",
                n -> "<html><head><script type=\"application/ld+json\">" + repeat("[", n) + repeat("]", n)
                        + "</script></head><body><p>Short text of the article goes here.</p></body></html>");
        m.put("deep-array.json", n -> repeat("[", n) + repeat("]", n));
        m.put("deep-object.json", n -> repeat("{\"a\":", n) + "1" + repeat("}", n));
        m.put("long-string.json", n -> "{\"id\":\"x1\",\"text\":\"" + repeat("\\\"", n * 10) + "\"}");
        m.put(
                "many-fields.json",
                n -> "{\"text\":\"The quay reopened.\"," + repeat("\"k\":1,", n * 5) + "\"id\":\"x2\"}");
        m.put("spaces.txt", n -> repeat(" ", n * 20) + "word" + repeat("\t \n", n * 5));
        m.put("quote-marks.txt", n -> repeat("“", n * 5) + repeat("\"", n * 5) + repeat("«»", n * 5));
        m.put("one-line.jsonl", n -> "{\"text\":\"" + repeat("a ", n * 10) + "\"}\n");
        m.put("many-bad-lines.jsonl", n -> repeat("{\n", n * 5));
        m.put("nested-lines.jsonl", n -> repeat(repeat("[", 200) + "\n", n / 10));
        return m;
    }

    private long readMillis(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        long[] took = new long[1];
        List<ReadResult> results = Assertions.assertTimeoutPreemptively(
                BOUND,
                () -> {
                    long t0 = CPU.getCurrentThreadCpuTime();
                    List<ReadResult> r = new InputReader().readAll(List.of(f));
                    took[0] = (CPU.getCurrentThreadCpuTime() - t0) / 1_000_000;
                    return r;
                },
                () -> name + " (" + content.length() + " chars) took over " + BOUND.toSeconds() + " s");
        assertThat(results).as("%s gives an article or a reason", name).isNotEmpty();
        for (ReadResult r : results) {
            if (r instanceof ReadResult.Skipped s) {
                assertThat(s.reason()).as(name).isNotBlank();
            }
        }
        Files.delete(f);
        return took[0];
    }

    @Test
    void everyHostileInputIsReadOrRefusedWithAReason() throws IOException {
        StringBuilder report =
                new StringBuilder("PathologicalInputTest (CPU ms of the reading thread at n, 4n units):");
        for (Map.Entry<String, IntFunction<String>> e : inputs().entrySet()) {
            int n = 1_000 * SCALE;
            String small = e.getValue().apply(n);
            String large = e.getValue().apply(4 * n);
            long a = readMillis(e.getKey(), small);
            long b = readMillis(e.getKey(), large);
            report.append(String.format(
                    " %s %d chars %d ms, %d chars %d ms;", e.getKey(), small.length(), a, large.length(), b));
        }
        System.out.println(report);
    }
}

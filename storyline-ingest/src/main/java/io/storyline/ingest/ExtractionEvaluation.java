package io.storyline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Scores {@link HtmlExtractor} on an extraction set laid out as {@code DIR/pages/<id>.html} and
 * {@code DIR/gold.jsonl} ({@code {"id", "body", ...}} per line), with the benchmark's metric (see
 * {@link ShingleScorer}): macro precision over pages with a non-empty prediction, macro recall over all
 * pages, F1 of the two means, and the share of pages whose token lists match exactly.
 *
 * <p>A post-processing function (for example boilerplate-line removal) is applied to every extracted
 * body before scoring. Not thread-safe to share a single run; create one per evaluation.
 */
public final class ExtractionEvaluation {

    /** One page's outcome. */
    public record PageResult(String id, String url, String predicted, ShingleScorer.Match match) {}

    /**
     * Macro figures of a run and the per-page outcomes.
     *
     * @param precision mean per-page precision over pages with a non-empty prediction
     * @param recall mean per-page recall over all pages
     * @param f1 harmonic mean of {@code precision} and {@code recall}
     * @param accuracy share of pages whose token list equals the gold token list
     * @param pages per-page outcomes, in gold order
     */
    public record Result(double precision, double recall, double f1, double accuracy, List<PageResult> pages) {
        public Result {
            pages = List.copyOf(pages);
        }

        /** Writes the predictions as JSON lines {@code {"id", "body"}}. */
        public void writePredictions(Path file) throws IOException {
            ObjectMapper mapper = new ObjectMapper();
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (PageResult page : pages) {
                    ObjectNode node = mapper.createObjectNode();
                    node.put("id", page.id());
                    node.put("body", page.predicted());
                    w.write(mapper.writeValueAsString(node));
                    w.write('\n');
                }
            }
        }

        @Override
        public String toString() {
            return String.format(
                    "pages %d  precision %.4f  recall %.4f  F1 %.4f  accuracy %.4f",
                    pages.size(), precision, recall, f1, accuracy);
        }
    }

    private ExtractionEvaluation() {}

    /** Extracts every page of {@code dir} with a fresh {@link HtmlExtractor} and scores it. */
    public static Result run(Path dir, Function<String, String> postProcess) throws IOException {
        HtmlExtractor extractor = new HtmlExtractor();
        ShingleScorer scorer = new ShingleScorer();
        ObjectMapper mapper = new ObjectMapper();
        List<PageResult> pages = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode gold = mapper.readTree(line);
            String id = gold.path("id").asText();
            String url = gold.path("url").asText("");
            String html = Files.readString(dir.resolve("pages").resolve(id + ".html"), StandardCharsets.UTF_8);
            String predicted = postProcess.apply(
                    extractor.extract(html, url.isEmpty() ? null : url).text());
            pages.add(new PageResult(
                    id, url, predicted, scorer.match(gold.path("body").asText(), predicted)));
        }
        return summarise(pages);
    }

    static Result summarise(List<PageResult> pages) {
        double p = 0;
        int pn = 0;
        double r = 0;
        int exact = 0;
        for (PageResult page : pages) {
            ShingleScorer.Match m = page.match();
            if (m.hasPrediction()) {
                p += m.precision();
                pn++;
            }
            r += m.recall();
            exact += m.exact() ? 1 : 0;
        }
        double precision = pn == 0 ? 0 : p / pn;
        double recall = pages.isEmpty() ? 0 : r / pages.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result(precision, recall, f1, pages.isEmpty() ? 0 : (double) exact / pages.size(), pages);
    }

    /**
     * Prints the figures for {@code args[0]} (default: the shared extraction-dev set), the worst pages,
     * and writes predictions to {@code args[1]} when given.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/extraction-dev");
        Result result;
        try {
            result = run(dir, Function.identity());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<PageResult> worst = new ArrayList<>(result.pages());
        worst.sort((a, b) -> Double.compare(f1(a.match()), f1(b.match())));
        for (PageResult page : worst.subList(0, Math.min(15, worst.size()))) {
            System.out.printf(
                    "%.3f p=%.3f r=%.3f %s %s%n",
                    f1(page.match()),
                    page.match().precision(),
                    page.match().recall(),
                    page.id().substring(0, 8),
                    page.url());
        }
        System.out.println(result);
        if (args.length > 1) {
            result.writePredictions(Path.of(args[1]));
        }
    }

    private static double f1(ShingleScorer.Match m) {
        double p = m.precision();
        double r = m.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

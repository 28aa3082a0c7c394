package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    private static Path shared() {
        String prop = System.getProperty("storyline.shared");
        for (Path p :
                List.of(Path.of(prop == null ? "../shared" : prop), Path.of("../shared"), Path.of("../../shared"))) {
            if (Files.isDirectory(p.resolve("eval/extraction-dev"))) {
                return p.resolve("eval/extraction-dev");
            }
        }
        return Path.of("../shared/eval/extraction-dev");
    }

    private void page(String id, String html, String body) throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/" + id + ".html"), html, StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("gold.jsonl"),
                "{\"id\": \"" + id + "\", \"url\": \"https://x.example/" + id + "\", \"body\": \"" + body + "\"}\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void scoresPagesAndAppliesPostProcessing() throws IOException {
        page(
                "p1",
                "<html><body><p>The ferry to the island runs twice a day in winter.</p></body></html>",
                "The ferry to the island runs twice a day in winter.");
        page(
                "p2",
                "<html><body><p>The bakery on Mill Street closes for good on Friday.</p></body></html>",
                "Something else entirely, not in the page.");
        ExtractionEvaluation.Result result = ExtractionEvaluation.run(dir, Function.identity());
        assertThat(result.precision()).isEqualTo(0.5);
        assertThat(result.recall()).isEqualTo(0.5);
        assertThat(result.accuracy()).isEqualTo(0.5);
        ExtractionEvaluation.Result emptied = ExtractionEvaluation.run(dir, body -> "");
        assertThat(emptied.recall()).isEqualTo(0.0);
        assertThat(emptied.precision()).isEqualTo(0.0);
        Path out = dir.resolve("pred.jsonl");
        result.writePredictions(out);
        assertThat(Files.readAllLines(out))
                .containsExactly(
                        "{\"id\":\"p1\",\"body\":\"The ferry to the island runs twice a day in winter.\"}",
                        "{\"id\":\"p2\",\"body\":\"The bakery on Mill Street closes for good on Friday.\"}");
    }

    @Test
    void emptySetScoresZero() throws IOException {
        Files.writeString(dir.resolve("gold.jsonl"), "");
        assertThat(ExtractionEvaluation.run(dir, Function.identity()).f1()).isEqualTo(0.0);
    }

    @Test
    void reachesTargetOnExtractionDev() throws IOException {
        Path set = shared();
        assumeTrue(Files.isDirectory(set), "shared extraction-dev set not present");
        ExtractionEvaluation.Result result = ExtractionEvaluation.run(set, Function.identity());
        System.out.println("extraction-dev: " + result);
        assertThat(result.pages()).hasSize(92);
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.96);
    }
}

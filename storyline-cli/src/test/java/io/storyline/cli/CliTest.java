package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path demo() {
        for (Path p : new Path[] {Path.of("demo/articles"), Path.of("../demo/articles")}) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException(
                "demo/articles not found from " + Path.of("").toAbsolutePath());
    }

    @Test
    void badInputsAreReportedAndEverythingElseIsAnalysed() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "The Orrin bridge in Tamsford reopened on Friday after repairs.");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 0});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 owners protest".getBytes(StandardCharsets.ISO_8859_1));
        String jsonl = """
                {"id": "j1", "text": "Mayor Sela Wren opened the tram line."}
                {"id": "j2", "text":
                {"id": "j3", "text": "Ferry crews ended their strike in Dunmere."}
                """;
        Files.writeString(in.resolve("feed.jsonl"), jsonl);
        try (OutputStream o = Files.newOutputStream(in.resolve("huge.txt"))) {
            byte[] line = "All work and no play makes a very long article indeed.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                o.write(line);
            }
        }
        Path data = tmp.resolve("data");
        Run r = run("analyze", in.toString(), tmp.resolve("missing-dir").toString(), "--data", data.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("read 3 articles: 3 analysed");
        assertThat(r.err())
                .contains("empty.txt")
                .contains("binary.txt")
                .contains("latin1.txt")
                .contains("feed.jsonl:line 2")
                .contains("huge.txt")
                .contains("missing-dir");
        assertThat(r.err().lines().filter(l -> l.startsWith("  ")).count()).isEqualTo(6);
        Run stories = run("stories", "--all", "--data", data.toString());
        assertThat(stories.out()).contains("from 3 articles");
    }

    @Test
    void nothingAnalysableExitsOne() throws IOException {
        Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Run r = run(
                "analyze",
                tmp.resolve("empty.txt").toString(),
                "--data",
                tmp.resolve("d").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("empty.txt");
    }

    @Test
    void usageErrorExitsTwo() {
        assertThat(run("analyze").code()).isEqualTo(2);
        assertThat(run("no-such-command").code()).isEqualTo(2);
    }

    @Test
    void readingCommandsOnAMissingStoreFailWithOneLine() {
        Run r = run("stories", "--data", tmp.resolve("nothing-here").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip())
                .startsWith("storyline: no Storyline data in")
                .doesNotContain("\n");
    }

    @Test
    void demoCorpusGivesStoriesAndContractJson() throws IOException {
        Path data = tmp.resolve("data");
        Path json = tmp.resolve("out.json");
        Run r = run("analyze", demo().toString(), "--data", data.toString(), "--json", json.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        assertThat(doc.get("articles")).hasSizeGreaterThanOrEqualTo(8);
        for (JsonNode a : doc.get("articles")) {
            assertThat(a.has("story") && a.has("text") && a.has("boilerplate") && a.has("flags"))
                    .isTrue();
            String text = a.get("text").asText();
            for (JsonNode b : a.get("boilerplate")) {
                assertThat(b.get("end").asInt()).isLessThanOrEqualTo(text.length());
            }
        }
        JsonNode story = doc.get("stories").get(0);
        for (String section :
                new String[] {"speakers", "quotes", "quoteGroups", "claims", "provenance", "timeline", "summary"}) {
            assertThat(story.get(section).isArray()).as(section).isTrue();
        }
        Run again = run("analyze", demo().toString(), "--data", data.toString());
        assertThat(again.out()).contains("0 analysed").contains("8 already stored unchanged");
        Run shown = run("story", "harbor-news-valmora-strike", "--data", data.toString());
        assertThat(shown.out()).contains("Harbor News").contains("near-duplicate of");
        Path exported = tmp.resolve("export.json");
        assertThat(run("export", "--json", exported.toString(), "--data", data.toString())
                        .code())
                .isZero();
        assertThat(new ObjectMapper().readTree(exported.toFile()).get("articles"))
                .hasSize(doc.get("articles").size());
    }
}

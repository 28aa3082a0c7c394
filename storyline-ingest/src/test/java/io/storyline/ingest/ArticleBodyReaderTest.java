package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ArticleBodyReaderTest {

    private final ArticleBodyReader reader = new ArticleBodyReader(new InputReader.Options(1000));

    private List<String> read(String body) {
        List<String> out = new ArrayList<>();
        reader.read(
                "body",
                body.getBytes(StandardCharsets.UTF_8),
                r -> out.add(
                        r instanceof ReadResult.Read ok
                                ? r.input() + " read " + ok.article().id() + " "
                                        + ok.article().published()
                                : r.toString()));
        return out;
    }

    @Test
    void readsAnObjectAnArrayAndJsonLines() {
        assertThat(read("{\"id\": \"a1\", \"text\": \"Text.\", \"published\": \"2031-03-01T08:00:00Z\"}"))
                .containsExactly("body read a1 2031-03-01");
        assertThat(read("{\n  \"id\": \"a2\",\n  \"text\": \"Pretty printed.\"\n}"))
                .containsExactly("body read a2 null");
        assertThat(read("[{\"id\": \"a3\", \"text\": \"One.\"}, {\"id\": \"a4\", \"text\": 7}, \"x\"]"))
                .containsExactly(
                        "body[0] read a3 null",
                        "body[1]: text must be a string or null, got 7",
                        "body[2]: expected a JSON object (an article), got a string");
        assertThat(
                        read(
                                "{\"id\": \"a5\", \"text\": \"One.\"}\n\n{\"id\": \"a6\", \"text\": \n{\"id\": \"a7\", \"text\": \"Three.\"}\n"))
                .containsExactly(
                        "body:line 1 read a5 null",
                        "body:line 3: line 3: malformed JSON: Unexpected end-of-input within/between Object entries"
                                + " (column 21)",
                        "body:line 4 read a7 null");
    }

    @Test
    void reportsEmptyMalformedAndOversizedBodies() {
        assertThat(read("")).containsExactly("body: empty body: expected an article object, an array or JSON Lines");
        assertThat(read("  \n ")).hasSize(1);
        assertThat(read("[]")).containsExactly("body: empty array: no articles");
        assertThat(read("{\"id\": \"b1\", \"text\": "))
                .singleElement()
                .asString()
                .startsWith("body: malformed JSON:");
        assertThat(read("not json")).singleElement().asString().startsWith("body: malformed JSON:");
        assertThat(read("{\"id\": \"b2\"}"))
                .containsExactly("body: article has neither \"text\" nor \"html\" (one of them is required)");
        assertThat(read("{\"id\": \"b3\", \"text\": \"" + "x".repeat(1200) + "\"}\n{\"id\": \"b4\", \"text\": \"ok\"}"))
                .containsExactly(
                        "body:line 1: line 1: record is over the size limit of 1000 bytes", "body:line 2 read b4 null");
    }

    @Property
    void junkBodiesNeverThrowAndEveryItemIsNamed(@ForAll String body) {
        List<ReadResult> out = new ArrayList<>();
        reader.read("body", body.getBytes(StandardCharsets.UTF_8), out::add);
        assertThat(out).isNotEmpty().allSatisfy(r -> assertThat(r.input()).startsWith("body"));
    }
}

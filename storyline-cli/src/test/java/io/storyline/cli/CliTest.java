package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path tmp;

    private static Run run(String... args) {
        return Run.of(args);
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
        assertThat(r.out()).contains("digests: 3 stories digested and stored");
        assertThat(again.out())
                .contains("0 analysed")
                .contains("8 already stored unchanged")
                .contains("digests: 0 stories digested and stored");
        Run shown = run("story", "harbor-news-valmora-strike", "--data", data.toString());
        assertThat(shown.out()).contains("Harbor News").contains("near-duplicate of");
        String rewrite = "daily-tidings-valmora-strike";
        Run why = run("story", rewrite, "--why", rewrite, "--data", data.toString());
        assertThat(why.code()).as(why.err()).isZero();
        assertThat(why.out())
                .contains(rewrite + " joined")
                .contains("best competing story")
                .contains("embedding")
                .contains("datesShared");
        Run elsewhere = run("story", rewrite, "--why", "dunmere-gazette-ferry-strike", "--data", data.toString());
        assertThat(elsewhere.code()).isEqualTo(1);
        assertThat(elsewhere.err()).contains("is in story").contains("not ");
        Path exported = tmp.resolve("export.json");
        assertThat(run("export", "--json", exported.toString(), "--data", data.toString())
                        .code())
                .isZero();
        assertThat(new ObjectMapper().readTree(exported.toFile()).get("articles"))
                .hasSize(doc.get("articles").size());
        assertThat(new ObjectMapper().readTree(exported.toFile()).get("stories"))
                .as("the export reads the stored digests: the same stories as analyze wrote")
                .isEqualTo(doc.get("stories"));
    }

    @Test
    void quotesAreShownBySpeakerAndBySideWithTheirRenderings() throws IOException {
        Path data = tmp.resolve("data");
        Path json = tmp.resolve("out.json");
        assertThat(run("analyze", demo().toString(), "--data", data.toString(), "--json", json.toString())
                        .code())
                .isZero();
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        JsonNode strike = doc.get("stories").get(0);
        for (JsonNode s : doc.get("stories")) {
            if (s.get("articles").size() > strike.get("articles").size()) {
                strike = s;
            }
        }
        Map<String, String> names = new HashMap<>();
        for (JsonNode sp : strike.get("speakers")) {
            names.put(sp.get("id").asText(), sp.get("name").asText());
            assertThat(sp.get("global").asText()).startsWith("g");
        }
        assertThat(names.values()).contains("Teodor Brask", "Ilse Marrow", "Oskar Lindqvist");
        // the same words in three outlets are one group; the copy's rendering is verbatim, the rewrite's trimmed
        boolean verbatim = false;
        boolean differs = false;
        for (JsonNode g : strike.get("quoteGroups")) {
            for (JsonNode r : g.get("relations")) {
                verbatim |= r.get("relation").asText().equals("verbatim");
                if (!r.get("relation").asText().equals("verbatim")) {
                    boolean hasChange = false;
                    for (JsonNode op : r.get("diff")) {
                        hasChange |= !op.get("op").asText().equals("equal");
                    }
                    differs |= hasChange;
                }
            }
        }
        assertThat(verbatim).isTrue();
        assertThat(differs).isTrue();
        // every quote's speaker is a speaker of the story, and its text is the article's substring
        Map<String, String> texts = new HashMap<>();
        doc.get("articles")
                .forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
        for (JsonNode q : strike.get("quotes")) {
            if (!q.get("speaker").isNull()) {
                assertThat(names).containsKey(q.get("speaker").asText());
            }
            assertThat(texts.getOrDefault(q.get("article").asText(), "")
                            .substring(q.get("start").asInt(), q.get("end").asInt()))
                    .isEqualTo(q.get("text").asText());
        }
        assertThat(doc.get("speakers")).isNotEmpty();

        String story = strike.get("id").asText();
        Run bySpeaker = run("quotes", story, "--data", data.toString(), "--no-embeddings");
        assertThat(bySpeaker.code()).as(bySpeaker.err()).isZero();
        assertThat(bySpeaker.out())
                .contains("Teodor Brask")
                .contains("verbatim")
                .contains("[-");
        Run one = run("quotes", story, "--speaker", "marrow", "--data", data.toString(), "--no-embeddings");
        assertThat(one.out()).contains("Ilse Marrow").doesNotContain("Teodor Brask —");
        Run bySide = run("quotes", story, "--by", "side", "--data", data.toString(), "--no-embeddings");
        assertThat(bySide.out()).contains("Valmora Dockworkers' Union").contains("Teodor Brask:");
        Run nobody = run("quotes", story, "--speaker", "Nobody Atall", "--data", data.toString(), "--no-embeddings");
        assertThat(nobody.code()).isNotZero();
        assertThat(nobody.err()).contains("no speaker matching");
    }

    @Test
    void evalQuotesScoresAGoldFile() throws IOException {
        Path set = tmp.resolve("set");
        Files.createDirectories(set);
        String text = "Harbour master Jon Reyes said the channel would reopen on Friday. "
                + "\u201cWe are ready,\u201d said Lena Okafor, the pilots' spokeswoman.";
        Files.writeString(
                set.resolve("articles.jsonl"),
                "{\"id\":\"a1\",\"title\":null,\"text\":\""
                        + text.replace("\u201c", "\\u201c").replace("\u201d", "\\u201d")
                        + "\",\"published\":\"2025-01-02\",\"outlet\":null,\"url\":null,\"language\":\"en\"}\n");
        int s1 = text.indexOf("the channel");
        int e1 = text.indexOf(" on Friday") + " on Friday".length();
        int s2 = text.indexOf("We are ready,");
        int e2 = s2 + "We are ready,".length();
        int sp = text.indexOf("Lena Okafor");
        Files.writeString(
                set.resolve("gold-quotes.jsonl"),
                "{\"article\":\"a1\",\"kind\":\"indirect\",\"speaker\":\"Jon Reyes\",\"speaker_text\":\"Jon Reyes\","
                        + "\"speaker_start\":15,\"speaker_end\":24,\"cue_text\":\"said\",\"content_text\":\""
                        + text.substring(s1, e1) + "\",\"content_start\":" + s1 + ",\"content_end\":" + e1 + "}\n"
                        + "{\"article\":\"a1\",\"kind\":\"direct\",\"speaker\":\"Lena Okafor\",\"speaker_text\":\"Lena Okafor\","
                        + "\"speaker_start\":" + sp + ",\"speaker_end\":" + (sp + 11)
                        + ",\"cue_text\":\"said\",\"content_text\":\""
                        + text.substring(s2, e2) + "\",\"content_start\":" + s2 + ",\"content_end\":" + e2 + "}\n");
        Run r = run("eval", "quotes", set.toString(), "--no-embeddings", "--min-f1", "0.9");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("direct R=1.000").contains("F1=1.000").contains("PASS");
        Run strict = run("eval", "quotes", tmp.resolve("missing").toString(), "--no-embeddings");
        assertThat(strict.code()).isNotZero();
        assertThat(strict.err()).contains("gold-quotes.jsonl");
    }

    @Test
    void storyClaimsAndSourcesShowTheDigest() throws IOException {
        Path data = tmp.resolve("data");
        Path json = tmp.resolve("out.json");
        assertThat(run(
                                "analyze",
                                demo().toString(),
                                "--data",
                                data.toString(),
                                "--json",
                                json.toString(),
                                "--no-embeddings")
                        .code())
                .isZero();
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        JsonNode strike = doc.get("stories").get(0);
        for (JsonNode s : doc.get("stories")) {
            if (s.get("articles").size() > strike.get("articles").size()) {
                strike = s;
            }
        }
        Map<String, String> texts = new HashMap<>();
        doc.get("articles")
                .forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
        // summary sentences are verbatim sentences of the first cited article
        assertThat(strike.get("summary")).isNotEmpty();
        for (JsonNode s : strike.get("summary")) {
            String article = s.get("citations").get(0).asText();
            assertThat(texts.getOrDefault(article, "")
                            .substring(s.get("start").asInt(), s.get("end").asInt()))
                    .isEqualTo(s.get("text").asText());
        }
        // claims cite spans of their articles; the copied strike report backs claims with 2+ articles
        boolean multi = false;
        for (JsonNode c : strike.get("claims")) {
            multi |= c.get("support").size() > 1;
            for (JsonNode sup : c.get("support")) {
                assertThat(texts.getOrDefault(sup.get("article").asText(), "")
                                .substring(
                                        sup.get("start").asInt(), sup.get("end").asInt()))
                        .isEqualTo(sup.get("text").asText());
            }
            assertThat(c.get("status").asText()).isIn("corroborated", "single-source", "contested");
        }
        assertThat(multi).isTrue();
        assertThat(strike.get("timeline")).isNotEmpty();
        for (JsonNode a : doc.get("articles")) {
            for (JsonNode t : a.get("times")) {
                assertThat(a.get("text")
                                .asText()
                                .substring(t.get("start").asInt(), t.get("end").asInt()))
                        .isEqualTo(t.get("text").asText());
            }
        }
        String story = strike.get("id").asText();
        Run shown = run("story", story, "--data", data.toString(), "--no-embeddings");
        assertThat(shown.code()).as(shown.err()).isZero();
        assertThat(shown.out().indexOf("Summary")).isLessThan(shown.out().indexOf("Timeline"));
        assertThat(shown.out().indexOf("Timeline")).isLessThan(shown.out().indexOf("Articles"));
        assertThat(shown.out()).contains("origin");
        Run claims = run("claims", story, "--data", data.toString(), "--no-embeddings");
        assertThat(claims.code()).as(claims.err()).isZero();
        assertThat(claims.out()).contains("independent origin");
        Run single = run("claims", story, "--status", "single-source", "--data", data.toString(), "--no-embeddings");
        assertThat(single.code()).as(single.err()).isZero();
        assertThat(single.out()).doesNotContain("— corroborated").doesNotContain("— contested");
        Run bad = run("claims", story, "--status", "proven", "--data", data.toString(), "--no-embeddings");
        assertThat(bad.code()).isEqualTo(2);
        Run sources = run("sources", story, "--data", data.toString(), "--no-embeddings");
        assertThat(sources.code()).as(sources.err()).isZero();
        assertThat(sources.out()).contains("credits:").contains("derivation");
    }
}

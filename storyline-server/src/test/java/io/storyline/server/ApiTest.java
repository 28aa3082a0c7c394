package io.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.analysis.Pipeline;
import io.storyline.digest.StoryDigester;
import io.storyline.store.JsonExport;
import io.storyline.store.Store;
import io.storyline.store.StoryDigests;
import io.storyline.store.WriteLock;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTest {

    private static final long MAX_BODY = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Store store;
    static Pipeline pipeline;
    static StorylineServer server;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir.resolve("data"));
        pipeline = TestData.pipeline();
        TestData.analyse(store, pipeline, List.of(TestData.demo(), TestData.hostileFile(dir)));
        server = TestData.start(store, pipeline, MAX_BODY);
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return TestData.get(http, server.port(), path);
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return TestData.post(http, server.port(), "/api/articles", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String firstStory() throws Exception {
        return JSON.readTree(get("/api/stories").body()).at("/stories/0/id").asText();
    }

    private static String article(String id, String text) {
        return "{\"id\":\"" + id + "\",\"title\":\"Tram depot reopens\",\"outlet\":\"Test Herald\","
                + "\"published\":\"2031-09-0" + (1 + Math.floorMod(id.hashCode(), 8)) + "\",\"text\":\"" + text + "\"}";
    }

    /**
     * The API's article is the export's article, field for field, flags from the story's analysis
     * included (they once differed: the API gave near-duplicate only), plus the article's quotes.
     */
    @Test
    void theApiGivesEveryArticleExactlyAsTheExportDoes() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new JsonExport(new StoryDigests(new StoryDigester(null), 64)).write(store, buf);
        JsonNode exported = JSON.readTree(buf.toByteArray()).get("articles");
        assertThat(exported).hasSizeGreaterThan(5);
        int storyFlagged = 0;
        for (JsonNode want : exported) {
            String id = want.get("id").asText();
            HttpResponse<String> r = get("/api/articles/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(id).isEqualTo(200);
            JsonNode got = JSON.readTree(r.body());
            List<String> fields = new ArrayList<>();
            want.fieldNames().forEachRemaining(fields::add);
            for (String f : fields) {
                assertThat(got.get(f)).as("%s of article %s", f, id).isEqualTo(want.get(f));
            }
            assertThat(got.get("quotes").isArray()).as(id).isTrue();
            for (JsonNode f : want.get("flags")) {
                storyFlagged += f.asText().equals("near-duplicate") ? 0 : 1;
            }
        }
        assertThat(storyFlagged)
                .as("articles flagged by their story's analysis (the case that once differed)")
                .isPositive();
    }

    @Test
    void everyDocumentedResponseMatchesItsSchemaOnARealCall() throws Exception {
        JsonNode spec = JSON.readTree(get("/api/openapi.json").body());
        String story = firstStory();
        Map<String, String[]> calls = new LinkedHashMap<>();
        calls.put("get /api/stories 200", new String[] {"/api/stories?q=strike&size=2"});
        calls.put("get /api/stories 400", new String[] {"/api/stories?page=-1"});
        calls.put("get /api/stories/{id} 200", new String[] {"/api/stories/" + story});
        calls.put("get /api/stories/{id} 404", new String[] {"/api/stories/no-such-story"});
        calls.put("get /api/articles/{id} 200", new String[] {"/api/articles/hostile-1"});
        calls.put("get /api/articles/{id} 404", new String[] {"/api/articles/no-such-article"});
        calls.put("get /api/openapi.json 200", new String[] {"/api/openapi.json"});
        calls.put("post /api/articles 200", new String[] {"/api/articles", article("spec-1", "The depot reopened.")});
        calls.put("post /api/articles 400", new String[] {"/api/articles", "{\"text\": 5}"});
        calls.put("post /api/articles 413", new String[] {"/api/articles", "x".repeat((int) MAX_BODY + 1)});
        calls.put("post /api/articles 415", new String[] {"/api/articles", article("spec-2", "Text."), "text/plain"});
        calls.put(
                "post /api/articles 403",
                new String[] {"/api/articles", article("spec-3", "Text."), "", "evil.example"});
        List<String> documented = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                for (Map.Entry<String, JsonNode> r :
                        op.getValue().get("responses").properties()) {
                    String key = op.getKey() + " " + path.getKey() + " " + r.getKey();
                    documented.add(key);
                    RawResponse res;
                    if (key.equals("post /api/articles 401")) {
                        res = postToATokenServer(article("spec-4", "Text."));
                    } else if (key.equals("post /api/articles 503")) {
                        res = postWhileAnotherWriterHoldsTheDirectory(article("spec-5", "Text."));
                    } else {
                        assertThat(calls)
                                .as("a real call for the documented response " + key)
                                .containsKey(key);
                        res = call(java.util.Objects.requireNonNull(calls.get(key)));
                    }
                    assertThat(res.status()).as(key).isEqualTo(Integer.parseInt(r.getKey()));
                    assertThat(res.contentType()).as(key).startsWith("application/json");
                    JsonNode schema = r.getValue().at("/content/application~1json/schema");
                    String shown =
                            res.body().substring(0, Math.min(300, res.body().length()));
                    assertThat(SchemaCheck.check(spec, schema, JSON.readTree(res.body())))
                            .as(key + " body " + shown)
                            .isEmpty();
                }
            }
        }
        List<String> called = new ArrayList<>(calls.keySet());
        called.add("post /api/articles 401");
        called.add("post /api/articles 503");
        assertThat(documented).containsExactlyInAnyOrderElementsOf(called);
    }

    /** A post without the token to a second server over the same store, started with a write token. */
    private static RawResponse postToATokenServer(String body) throws Exception {
        ServerOptions options =
                new ServerOptions(ServerOptions.LOOPBACK, 0, MAX_BODY, 1, 4).withToken("api-test-token-42");
        try (StorylineServer guarded =
                StorylineServer.start(store, new StoryDigests(new StoryDigester(null), 4), () -> pipeline, options)) {
            HttpResponse<String> r =
                    TestData.post(http, guarded.port(), "/api/articles", body.getBytes(StandardCharsets.UTF_8));
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"storyline\"");
            return new RawResponse(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        }
    }

    @SuppressWarnings("try") // the lock is held by being open
    private static RawResponse postWhileAnotherWriterHoldsTheDirectory(String body) throws Exception {
        try (WriteLock held = store.lockForWriting()) {
            HttpResponse<String> r =
                    TestData.post(http, server.port(), "/api/articles", body.getBytes(StandardCharsets.UTF_8));
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            return new RawResponse(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        }
    }

    /** {path} is a GET; {path, body} a JSON POST; a third element is the Content-Type; a fourth the Host. */
    private static RawResponse call(String[] call) throws Exception {
        if (call.length == 4) {
            return RawResponse.post(server.port(), call[3], call[0], call[1]);
        }
        HttpResponse<String> r = call.length == 1
                ? get(call[0])
                : TestData.post(
                        http,
                        server.port(),
                        call[0],
                        call[1].getBytes(StandardCharsets.UTF_8),
                        call.length == 3 ? call[2] : "application/json");
        return new RawResponse(
                r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    @Test
    void postsFromOtherSitesAreRefused() throws Exception {
        int before = store.size();
        RawResponse form = call(new String[] {"/api/articles", article("csrf-1", "Text."), "text/plain"});
        assertThat(form.status()).isEqualTo(415);
        assertThat(JSON.readTree(form.body()).get("error").asText())
                .isEqualTo("Content-Type must be application/json or application/x-ndjson, got \"text/plain\"");
        RawResponse rebound =
                RawResponse.post(server.port(), "attacker.example:7070", "/api/articles", article("csrf-2", "Text."));
        assertThat(rebound.status()).isEqualTo(403);
        assertThat(store.size()).isEqualTo(before);
        RawResponse local = RawResponse.post(
                server.port(), "localhost:" + server.port(), "/api/articles", article("local-1", "A local post."));
        assertThat(local.status()).isEqualTo(200);
        assertThat(Api.isLoopbackHost("127.0.0.1:80")).isTrue();
        assertThat(Api.isLoopbackHost("[::1]:7070")).isTrue();
        assertThat(Api.isLoopbackHost("127.0.0.1.evil.example")).isFalse();
        assertThat(Api.isLoopbackHost("localhost.evil.example")).isFalse();
        assertThat(Api.isLoopbackHost(null)).isFalse();
    }

    @Test
    void schemaCheckCatchesAMissingFieldAndAWrongType() throws Exception {
        JsonNode spec = JSON.readTree(get("/api/openapi.json").body());
        JsonNode schema = JSON.readTree("{\"$ref\": \"#/components/schemas/StorySummary\"}");
        JsonNode bad = JSON.readTree("{\"id\": \"s1\", \"title\": 3, \"articles\": 1, \"independentOrigins\": 1,"
                + " \"outlets\": [], \"first\": null, \"last\": null}");
        assertThat(SchemaCheck.check(spec, schema, bad))
                .containsExactlyInAnyOrder(
                        "$: missing required field speakers", "$.title: expected \"string\", got NUMBER");
    }

    @Test
    void aClaimSaysWhyItsStatementsWereJoined() throws Exception {
        java.util.regex.Pattern whyLink = java.util.regex.Pattern.compile("/claims/(c\\d+)/why");
        String story = "";
        java.util.regex.Matcher link = whyLink.matcher("");
        for (JsonNode s : JSON.readTree(get("/api/stories").body()).get("stories")) {
            String page = get("/stories/" + s.get("id").asText()).body();
            for (int i = 0; i < 80 && page.contains("eing computed"); i++) {
                Thread.sleep(250);
                page = get("/stories/" + s.get("id").asText()).body();
            }
            link = whyLink.matcher(page);
            if (link.find()) {
                story = s.get("id").asText();
                break;
            }
        }
        assertThat(story).as("a story page with a why link").isNotEmpty();
        HttpResponse<String> why = get("/stories/" + story + "/claims/" + link.group(1) + "/why");
        assertThat(why.statusCode()).isEqualTo(200);
        assertThat(why.body()).contains("Why claim " + link.group(1)).contains("<td>[");
        HttpResponse<String> none = get("/stories/" + story + "/claims/c9999/why");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("has no claim");
    }

    @Test
    void badRequestsGetJsonReasonsAndTheServerKeepsServing() throws Exception {
        int before = store.size();
        Map<String, HttpResponse<String>> bad = new LinkedHashMap<>();
        bad.put("malformed", post("{\"id\": \"m1\", \"text\": "));
        bad.put("wrong type", post("{\"id\": \"w1\", \"text\": [\"not\", \"a\", \"string\"]}"));
        bad.put("bad date", post("{\"id\": \"d1\", \"text\": \"Some text.\", \"published\": \"12/03/25\"}"));
        bad.put("bad id", post("{\"id\": \"../etc\", \"text\": \"Some text.\"}"));
        bad.put("no text", post("{\"id\": \"n1\", \"title\": \"Only a title\"}"));
        bad.put("empty", post(""));
        bad.put("huge", post("[" + article("h1", "y".repeat((int) MAX_BODY)) + "]"));
        bad.put("unknown story", get("/api/stories/s999"));
        bad.put("unknown article", get("/api/articles/nope"));
        bad.put("negative page", get("/api/stories?page=-2"));
        bad.put("zero size", get("/api/stories?size=0"));
        bad.put("size over max", get("/api/stories?size=101"));
        bad.put("not a number", get("/api/stories?page=two"));
        bad.put("bad from", get("/api/stories?from=yesterday"));
        bad.put("to before from", get("/api/stories?from=2031-05-02&to=2031-05-01"));
        bad.put("unknown parameter", get("/api/stories?sort=asc"));
        bad.put("unknown endpoint", get("/api/nothing-here"));
        for (Map.Entry<String, HttpResponse<String>> e : bad.entrySet()) {
            HttpResponse<String> r = e.getValue();
            assertThat(r.statusCode()).as(e.getKey()).isBetween(400, 499);
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .as(e.getKey())
                    .startsWith("application/json");
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.path("error").asText()).as(e.getKey()).isNotBlank();
            assertThat(r.body()).as(e.getKey()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(get("/api/stories").statusCode())
                    .as("still serving after " + e.getKey())
                    .isEqualTo(200);
        }
        assertThat(JSON.readTree(bad.get("malformed").body()).get("error").asText())
                .startsWith("malformed JSON");
        assertThat(JSON.readTree(bad.get("wrong type").body()).get("error").asText())
                .isEqualTo("text must be a string or null, got [\"not\",\"a\",\"string\"]");
        assertThat(bad.get("huge").statusCode()).isEqualTo(413);
        assertThat(bad.get("unknown story").statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(bad.get("unknown story").body()).get("error").asText())
                .isEqualTo("no story \"s999\"");
        assertThat(JSON.readTree(bad.get("unknown endpoint").body())
                        .get("error")
                        .asText())
                .isEqualTo("no such page or endpoint: GET /api/nothing-here");
        assertThat(JSON.readTree(bad.get("negative page").body()).get("field").asText())
                .isEqualTo("page");
        assertThat(JSON.readTree(bad.get("size over max").body()).get("error").asText())
                .isEqualTo("size must be between 1 and 100, got 101");
        assertThat(store.size()).as("nothing stored from rejected bodies").isEqualTo(before);
        assertThat(store.article("m1")).isEmpty();
        assertThat(store.article("w1")).isEmpty();
    }

    @Test
    void pagesAnswerUnknownIdsWithAnEscapedNotFoundPage() throws Exception {
        HttpResponse<String> r = get("/stories/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body())
                .contains("No story &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;.")
                .doesNotContain("<script");
        assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
        assertThat(get("/?utm_source=feed").statusCode()).isEqualTo(200);
        assertThat(get("/?page=0").statusCode()).isEqualTo(400);
    }

    @Test
    void postStoresGoodItemsAndRejectsBadOnesWithReasons() throws Exception {
        String body = "[" + article("post-1", "Crews reopened the tram depot on Friday, the operator said.") + ","
                + "{\"id\": \"post-bad\", \"text\": 42}," + "{\"id\": \"post-2\", \"html\": \"<p></p>\"}]";
        HttpResponse<String> r = post(body);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode res = JSON.readTree(r.body());
        assertThat(res.get("stored").asInt()).isEqualTo(1);
        assertThat(res.get("rejected").asInt()).isEqualTo(2);
        assertThat(res.at("/results/0/status").asText()).isEqualTo("stored");
        assertThat(res.at("/results/0/story").asText()).isNotBlank();
        assertThat(res.at("/results/1/input").asText()).isEqualTo("body[1]");
        assertThat(res.at("/results/1/reason").asText()).isEqualTo("text must be a string or null, got 42");
        assertThat(res.at("/results/2/reason").asText()).contains("html");
        assertThat(store.article("post-1")).isPresent();
        assertThat(store.article("post-bad")).isEmpty();
        assertThat(store.article("post-2")).isEmpty();

        HttpResponse<String> again =
                post(article("post-1", "Crews reopened the tram depot on Friday, the operator said."));
        assertThat(JSON.readTree(again.body()).at("/results/0/status").asText()).isEqualTo("unchanged");
        HttpResponse<String> changed = post(article("post-1", "A different text under the same id."));
        assertThat(changed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(changed.body()).at("/results/0/reason").asText())
                .isEqualTo("article id post-1 is already stored with a different text");

        String lines = article("line-1", "Line one reports the ferry timetable.") + "\n"
                + "{\"id\": \"line-2\", \"text\": \"oops\"\n"
                + article("line-3", "Line three reports the bridge works.") + "\n";
        JsonNode jl = JSON.readTree(post(lines).body());
        assertThat(jl.get("stored").asInt()).isEqualTo(2);
        assertThat(jl.at("/results/1/input").asText()).isEqualTo("body:line 2");
        assertThat(jl.at("/results/1/reason").asText()).startsWith("line 2: malformed JSON");
        assertThat(get("/api/articles/line-3").statusCode()).isEqualTo(200);
    }

    @Test
    void storiesAreNewestFirstAndFilterByWordsDatesSpeakerAndOutlet() throws Exception {
        JsonNode all = JSON.readTree(get("/api/stories?size=100").body());
        List<LocalDate> lasts = new ArrayList<>();
        all.get("stories").forEach(s -> {
            if (!s.get("last").isNull()) {
                lasts.add(LocalDate.parse(s.get("last").asText()));
            }
        });
        assertThat(lasts).isSortedAccordingTo((a, b) -> b.compareTo(a));
        JsonNode strike = JSON.readTree(get("/api/stories?q=dockworkers").body());
        assertThat(strike.get("total").asInt()).isEqualTo(1);
        assertThat(strike.at("/stories/0/title").asText()).contains("Valmora");
        assertThat(strike.at("/stories/0/articles").asInt()).isEqualTo(5);
        JsonNode outlet =
                JSON.readTree(get("/api/stories?outlet=valley%20voice").body());
        assertThat(outlet.at("/stories/0/outlets").toString()).contains("Valley Voice");
        assertThat(outlet.get("total").asInt()).isEqualTo(1);
        JsonNode speaker = JSON.readTree(get("/api/stories?speaker=Maren").body());
        assertThat(speaker.at("/stories/0/speakers").toString()).contains("Maren Holt");
        JsonNode dated =
                JSON.readTree(get("/api/stories?from=2031-05-01&to=2031-05-31").body());
        assertThat(dated.get("total").asInt()).isEqualTo(1);
        assertThat(dated.at("/stories/0/first").asText()).startsWith("2031-05");
        JsonNode page2 = JSON.readTree(get("/api/stories?size=1&page=2").body());
        assertThat(page2.at("/stories/0/id").asText())
                .isEqualTo(all.at("/stories/1/id").asText());
        JsonNode beyond = JSON.readTree(get("/api/stories?size=100&page=50").body());
        assertThat(beyond.get("stories")).isEmpty();
    }

    @Test
    void hostileArticleComesBackAsPlainJsonStrings() throws Exception {
        HttpResponse<String> r = get("/api/articles/hostile-1");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        JsonNode a = JSON.readTree(r.body());
        assertThat(a.get("title").asText()).isEqualTo("Quay <script>window.__pwned=1</script> fire");
        assertThat(a.get("outlet").asText()).isEqualTo("<b onmouseover=alert(1)>Bold</b> & Co");
        assertThat(a.get("text").asText()).contains("<script>window.__pwned=3</script>");
        for (JsonNode q : a.get("quotes")) {
            assertThat(q.get("text").asText())
                    .isEqualTo(a.get("text")
                            .asText()
                            .substring(q.get("start").asInt(), q.get("end").asInt()));
        }
        JsonNode story =
                JSON.readTree(get("/api/stories/" + a.get("story").asText()).body());
        assertThat(story.get("articles").toString()).contains("hostile-1");
        for (JsonNode c : story.get("claims")) {
            for (JsonNode s : c.get("support")) {
                assertThat(s.get("text").asText())
                        .isEqualTo(a.get("text")
                                .asText()
                                .substring(s.get("start").asInt(), s.get("end").asInt()));
            }
        }
    }
}

package io.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.analysis.Pipeline;
import io.storyline.digest.StoryDigester;
import io.storyline.store.Store;
import io.storyline.store.StoryDigests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a write token, every write needs it (401 JSON otherwise); reads stay open; CORS only for configured origins. */
class WriteAuthTest {

    private static final String TOKEN = "s3cret-token-0123456789";
    private static final String ORIGIN = "https://news.example";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Store store;
    static StorylineServer server;
    static HttpClient http;

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("data"));
        Pipeline pipeline = TestData.pipeline();
        ServerOptions options = new ServerOptions(ServerOptions.LOOPBACK, 0, 1 << 20, 1, 16)
                .withToken(TOKEN)
                .withCorsOrigins(List.of(ORIGIN));
        server = StorylineServer.start(store, new StoryDigests(new StoryDigester(null), 16), () -> pipeline, options);
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private static HttpRequest.Builder post(String id) {
        String body = "{\"id\":\"" + id + "\",\"title\":\"Tram depot reopens\",\"published\":\"2031-09-02\","
                + "\"text\":\"The Brackwater tram depot reopened on Monday after repairs, the operator said.\"}";
        return request("/api/articles")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void aPostWithoutTheTokenGets401JsonAndStoresNothing() throws Exception {
        int before = store.size();
        for (HttpRequest.Builder b : List.of(
                post("no-token"),
                post("wrong-token").header("Authorization", "Bearer " + TOKEN + "x"),
                post("short-token").header("Authorization", "Bearer " + TOKEN.substring(1)),
                post("basic").header("Authorization", "Basic " + TOKEN))) {
            HttpResponse<String> r = send(b);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"storyline\"");
            JsonNode err = JSON.readTree(r.body());
            assertThat(err.get("error").asText()).contains("Authorization: Bearer TOKEN");
            assertThat(err.get("field").asText()).isEqualTo("Authorization");
        }
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void aPostWithTheTokenIsStored() throws Exception {
        HttpResponse<String> r = send(post("with-token").header("Authorization", "Bearer " + TOKEN));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("stored").asInt()).isEqualTo(1);
        assertThat(store.article("with-token")).isPresent();
    }

    @Test
    void everyOtherWriteMethodNeedsTheTokenToo() throws Exception {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> r =
                    send(request("/api/articles/with-token").method(method, HttpRequest.BodyPublishers.noBody()));
            assertThat(r.statusCode()).as(method).isEqualTo(401);
        }
    }

    @Test
    void readsStayOpenAndTheHomePageSaysHowToWrite() throws Exception {
        assertThat(send(request("/api/stories")).statusCode()).isEqualTo(200);
        HttpResponse<String> home = send(request("/"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Authorization: Bearer TOKEN").contains("--token-file");
    }

    @Test
    void corsHeadersGoOnlyToTheConfiguredOrigin() throws Exception {
        HttpResponse<String> allowed = send(request("/api/stories").header("Origin", ORIGIN));
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(ORIGIN);
        HttpResponse<String> other = send(request("/api/stories").header("Origin", "https://evil.example"));
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> preflight = send(request("/api/articles")
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(h -> assertThat(h).contains("Authorization"));
    }

    @Test
    void aServerWithoutCorsOriginsSendsNoCorsHeaders() throws Exception {
        try (StorylineServer plain = StorylineServer.start(
                store,
                new StoryDigests(new StoryDigester(null), 4),
                TestData::pipeline,
                new ServerOptions(ServerOptions.LOOPBACK, 0, 1 << 20, 1, 4))) {
            HttpResponse<String> r = TestData.get(http, plain.port(), "/api/stories");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void optionsRefuseAnOpenHostWithoutATokenAndAShortToken() {
        assertThatThrownBy(() -> new ServerOptions("0.0.0.0", 0, 1024, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host 0.0.0.0 is not loopback")
                .hasMessageContaining("--token-file FILE or the STORYLINE_TOKEN environment variable");
        assertThatThrownBy(() -> ServerOptions.defaults(0).withToken("short"))
                .hasMessageContaining("at least 16 characters");
        assertThat(new ServerOptions("0.0.0.0", 0, 1024, 1, 1, TOKEN, List.of()).token())
                .isEqualTo(TOKEN);
    }
}

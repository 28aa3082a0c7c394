package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILLs {@code storyline serve} (a child JVM) while it handles a {@code POST /api/articles} of a
 * dozen articles: after every kill the store reopens sound ({@code StoreCheck}) with whole articles only;
 * a restarted server given the same body again (what a client does when its request died) answers 200
 * and the data directory then holds exactly the articles a clean server stores from one post of the
 * body (same rows: story, content hash, document), none lost, none doubled. By default 3 kills; {@code
 * -Dstoryline.postKills=N} for more, {@code -Dstoryline.killSeed=N} to replay one.
 */
class PostKillTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ARTICLES = 12;

    @TempDir
    Path tmp;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A started server on a free port and the port. */
    record Served(Process process, int port) {}

    private Served serve(Path data) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process p = KillRig.start(
                tmp,
                "serve",
                "--data",
                data.toString(),
                "--port",
                String.valueOf(port),
                "--no-embeddings",
                "--threads",
                "1");
        for (int i = 0; i < 600; i++) {
            assertThat(p.isAlive()).as(KillRig.said(tmp)).isTrue();
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stories"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return new Served(p, port);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not start: " + KillRig.said(tmp));
    }

    private CompletableFuture<HttpResponse<String>> post(int port, byte[] body) {
        return http.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy(); // SIGTERM: serve closes the store and exits
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void serveKilledMidPostReopensSoundAndTheRepeatedPostEndsLikeACleanRun() throws Exception {
        int kills = Integer.getInteger("storyline.postKills", 3);
        long seed = Long.getLong("storyline.killSeed", System.nanoTime());
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ObjectNode> news = KillRig.news(ARTICLES);
        byte[] body = JSON.writeValueAsBytes(news);

        Path cleanDir = tmp.resolve("clean");
        Served clean = serve(cleanDir);
        long started = System.nanoTime();
        HttpResponse<String> first = post(clean.port(), body).get(300, TimeUnit.SECONDS);
        long postMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(JSON.readTree(first.body()).get("stored").asInt()).isEqualTo(ARTICLES);
        stop(clean.process());
        Map<String, JsonNode> expected = KillRig.articles(cleanDir);
        assertThat(expected).hasSize(ARTICLES);

        Path data = tmp.resolve("killed");
        List<Integer> storedAtKill = new ArrayList<>();
        int answeredFirst = 0;
        for (int k = 1; k <= kills; k++) {
            Served s = serve(data);
            CompletableFuture<HttpResponse<String>> pending = post(s.port(), body);
            long delay = rnd.nextLong(postMs + 1);
            Thread.sleep(delay);
            if (pending.isDone()) {
                answeredFirst++;
            }
            s.process().destroyForcibly(); // SIGKILL, mid-request unless it already answered
            assertThat(s.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            int stored = Files.exists(data.resolve("storyline.mv.db"))
                    ? KillRig.assertSound(data, "kill " + k + " after " + delay + " ms, seed " + seed)
                    : 0;
            storedAtKill.add(stored);
            assertThat(KillRig.articles(data).keySet()).isSubsetOf(expected.keySet());
            if (stored == ARTICLES) {
                // the post was done when the kill came: it must equal the clean run; the next kill
                // gets a post of its own into a fresh directory
                assertThat(KillRig.differences(KillRig.articles(data), expected))
                        .as("kill %d after %d ms, seed %d", k, delay, seed)
                        .isEmpty();
                KillRig.delete(data);
            }
        }
        Served again = serve(data);
        HttpResponse<String> retry = post(again.port(), body).get(300, TimeUnit.SECONDS);
        stop(again.process());
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(retry.body());
        assertThat(answer.get("stored").asInt() + answer.get("unchanged").asInt())
                .as(retry.body())
                .isEqualTo(ARTICLES);
        assertThat(KillRig.differences(KillRig.articles(data), expected))
                .as("after %d kills (articles stored at each: %s; seed %d)", kills, storedAtKill, seed)
                .isEmpty();
        KillRig.assertSound(data, "after the repeated post");
        System.out.printf(
                "PostKillTest: seed %d, clean post of %d articles %d ms; %d SIGKILLs (articles stored at each: %s,"
                        + " %d after the answer), every reopening sound, final articles equal; retry stored %d,"
                        + " unchanged %d%n",
                seed,
                ARTICLES,
                postMs,
                kills,
                storedAtKill,
                answeredFirst,
                answer.get("stored").asInt(),
                answer.get("unchanged").asInt());
    }
}

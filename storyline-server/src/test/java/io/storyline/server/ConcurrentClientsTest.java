package io.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.analysis.Pipeline;
import io.storyline.store.Store;
import io.storyline.store.WriteLock;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many clients at once, reads and writes mixed: no 5xx, no transport error, every acknowledged article
 * stored exactly once; and a post while another writer holds the data directory gets 503 with
 * Retry-After and stores nothing. (The long version with latency figures is storyline-bench's
 * LoadBench.)
 */
class ConcurrentClientsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Store store;
    static StorylineServer server;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir.resolve("data"));
        Pipeline pipeline = TestData.pipeline();
        TestData.analyse(store, pipeline, List.of(TestData.demo()));
        server = TestData.start(store, pipeline, 1 << 20);
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static byte[] article(String id) {
        return ("{\"id\":\"" + id
                        + "\",\"title\":\"Crane repaired\",\"published\":\"2031-04-03\",\"text\":\"The harbour"
                        + " crane at Valmora was repaired on Tuesday, port officials said, and shipping resumed.\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sixteenClientsReadingAndWritingGetNo5xxAndLoseNoArticle() throws Exception {
        int before = store.size();
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String story = JSON.readTree(
                        TestData.get(http, server.port(), "/api/stories").body())
                .at("/stories/0/id")
                .asText();
        List<String> reads = List.of(
                "/api/stories",
                "/api/stories/" + story,
                "/",
                "/stories/" + story,
                "/api/articles/dunmere-gazette-ferry-strike");
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                for (int i = 0; i < 12; i++) {
                    HttpResponse<String> r;
                    if (i % 6 == 5) {
                        String id = "c" + client + "-" + i;
                        r = TestData.post(http, server.port(), "/api/articles", article(id));
                        if (r.statusCode() == 200) {
                            acknowledged.add(id);
                        }
                    } else {
                        r = TestData.get(http, server.port(), reads.get((client + i) % reads.size()));
                    }
                    statuses.merge(String.valueOf(r.statusCode()), 1, Integer::sum);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(); // a transport error fails the test here
        }
        clients.shutdown();
        assertThat(statuses).containsOnlyKeys("200");
        assertThat(acknowledged).hasSize(32);
        for (String id : acknowledged) {
            assertThat(store.article(id)).as(id).isPresent();
        }
        assertThat(store.size()).as("nothing lost, nothing doubled").isEqualTo(before + 32);
    }

    @Test
    @SuppressWarnings("try") // the lock is held by being open
    void aPostWhileAnotherWriterHoldsTheDirectoryGets503AndStoresNothing() throws Exception {
        int before = store.size();
        try (WriteLock held = store.lockForWriting()) {
            HttpResponse<String> r = TestData.post(http, server.port(), "/api/articles", article("busy-1"));
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            assertThat(JSON.readTree(r.body()).get("error").asText())
                    .contains("another writer holds")
                    .contains("nothing from this body was stored");
        }
        assertThat(store.size()).isEqualTo(before);
        assertThat(TestData.post(http, server.port(), "/api/articles", article("busy-1"))
                        .statusCode())
                .isEqualTo(200);
    }
}

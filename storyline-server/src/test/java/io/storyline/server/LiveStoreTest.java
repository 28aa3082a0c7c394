package io.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.store.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server reads a data directory that another process writes (H2's automatic mixed mode): first
 * while the other process holds the database, then after it exits (the server's connection takes
 * over), then while the server holds it and another process writes.
 */
class LiveStoreTest {

    @TempDir
    Path dir;

    private static Process writer(Path data, String... ids) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                StoreWriter.class.getName(),
                data.toString(),
                "a01"));
        cmd.addAll(List.of(ids));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static String line(BufferedReader r) throws Exception {
        String l = r.readLine();
        return l == null ? "(process ended)" : l;
    }

    @Test
    void serverSeesArticlesAnotherProcessAddsBeforeDuringAndAfterIt() throws Exception {
        Path data = dir.resolve("data");
        Path input = dir.resolve("a01.txt");
        java.nio.file.Files.writeString(
                input, "The council of Ardmore said the old quay bridge would close for repairs in June.\n");
        try (Store seed = Store.open(data)) {
            TestData.analyse(seed, TestData.pipeline(), List.of(input));
        }
        Process first = writer(data, "live-1", "-", "live-2");
        BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
        assertThat(line(out)).isEqualTo("open 1");
        assertThat(line(out)).isEqualTo("wrote live-1");
        HttpClient http = HttpClient.newHttpClient();
        try (Store store = Store.open(data);
                StorylineServer server = TestData.start(store, TestData.pipeline(), 1 << 20)) {
            int port = server.port();
            assertThat(TestData.get(http, port, "/api/articles/live-1").statusCode())
                    .isEqualTo(200);
            assertThat(TestData.get(http, port, "/api/stories").body()).contains("story-live-1");

            try (Writer w = new java.io.OutputStreamWriter(first.getOutputStream(), StandardCharsets.UTF_8)) {
                w.write("go\n");
            }
            assertThat(line(out)).isEqualTo("wrote live-2");
            assertThat(line(out)).isEqualTo("closed");
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(TestData.get(http, port, "/api/articles/live-2").statusCode())
                    .isEqualTo(200);
            assertThat(TestData.get(http, port, "/").body()).contains("Copy live-2");

            Process second = writer(data, "live-3");
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(said).contains("wrote live-3");
            assertThat(TestData.get(http, port, "/api/stories/story-live-3").statusCode())
                    .isEqualTo(200);
            assertThat(store.size()).isEqualTo(4);
        }
    }
}

package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline watch} against a feed served on 127.0.0.1 by the test. */
class WatchCommandTest {

    @TempDir
    Path tmp;

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve(
                "/rss.xml",
                "application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                        + "<title>Valley Courier</title><link>http://example.org/</link><description>News</description>"
                        + "<item><title>Tram line opens</title><link>" + url("/news/tram.html") + "</link>"
                        + "<guid>urn:story:tram</guid><pubDate>Tue, 01 Apr 2025 08:00:00 GMT</pubDate></item>"
                        + "</channel></rss>");
        serve(
                "/news/tram.html",
                "text/html; charset=utf-8",
                "<html><head><title>Tram line opens</title></head><body>"
                        + "<article><h1>Tram line opens</h1><p>Mayor Sela Wren opened the new tram line in Tamsford on "
                        + "Monday, two years after building began.</p><p>The line links the station with the hospital "
                        + "and the university, and trams will run every eight minutes.</p></article></body></html>");
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(String path, String type, String body) {
        server.createContext(path, ex -> {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(b);
            }
        });
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void watchOnceAnalysesNewEntriesAndRemembersThem() {
        String data = tmp.resolve("data").toString();
        Run first = run("watch", url("/rss.xml"), "--once", "--allow-private", "--no-embeddings", "--data", data);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out())
                .contains(url("/rss.xml") + ": 1 entries, 1 new, 1 read, 0 skipped")
                .contains("1 articles analysed");
        assertThat(Files.exists(tmp.resolve("data").resolve("feeds.json"))).isTrue();

        Run second = run("watch", url("/rss.xml"), "--once", "--allow-private", "--no-embeddings", "--data", data);
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("1 entries, 0 new, 0 read").contains("0 articles analysed");

        Run stories = run("stories", "--all", "--data", data);
        assertThat(stories.out()).contains("Tram line opens");
    }

    @Test
    void loopbackFeedIsRefusedWithoutAllowPrivate() {
        Run r = run(
                "watch",
                url("/rss.xml"),
                "--once",
                "--no-embeddings",
                "--data",
                tmp.resolve("d").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("failed: refused " + url("/rss.xml") + ": host 127.0.0.1 resolves to a loopback");
        assertThat(r.err()).contains("--allow-private");
    }

    @Test
    void badUrlsAndIntervalsAreUsageErrors() {
        Run notUrl = run("watch", "feed.xml", "--once");
        assertThat(notUrl.code()).isEqualTo(2);
        assertThat(notUrl.err()).contains("FEED_URL must be an http(s) URL");
        Run tooOften = run("watch", url("/rss.xml"), "--every", "5s");
        assertThat(tooOften.code()).isEqualTo(2);
        assertThat(tooOften.err()).contains("--every must be a duration of at least 1m");
    }

    @Test
    void parsesShortAndIsoDurations() {
        assertThat(WatchCommand.parseDuration("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(WatchCommand.parseDuration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(WatchCommand.parseDuration("PT2H")).isEqualTo(Duration.ofHours(2));
        assertThat(WatchCommand.parseDuration("soon")).isNull();
    }
}

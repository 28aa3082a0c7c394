package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILLs {@code storyline watch --once} (a child JVM) at random points while it polls a feed served on
 * loopback: after every kill the store reopens sound ({@code StoreCheck}); the next watch takes up what
 * is left, and when a watch finishes, the data directory holds exactly the articles a clean run stores
 * (same rows: story, content hash, document), none lost (an entry remembered as seen but never stored
 * would be), none doubled. Each page is served from its own loopback address, so the per-host delay of
 * the polite fetcher does not pace the test. The first kill lands as soon as the watcher writes the
 * entries it has seen ({@code feeds.json}), the others at random, every other one in the second half of
 * the time the clean watch took to write it (while pages are fetched and articles stored). By default 3 kills; {@code -Dstoryline.watchKills=N} for
 * more, {@code -Dstoryline.killSeed=N} to replay one.
 */
class WatchKillTest {

    private static final int ENTRIES = 8;

    @TempDir
    Path tmp;

    private final List<HttpServer> servers = new ArrayList<>();
    private String feedUrl = "";

    @BeforeEach
    void serve() throws IOException {
        List<ObjectNode> news = KillRig.news(ENTRIES);
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < news.size(); i++) {
            ObjectNode a = news.get(i);
            HttpServer page = server(2 + i);
            String url = "http://127.0.0." + (2 + i) + ":" + page.getAddress().getPort() + "/news/"
                    + a.get("id").asText() + ".html";
            page.createContext("/news/", ex -> reply(ex, "text/html; charset=utf-8", html(a)));
            page.start();
            items.append("<item><title>")
                    .append(a.get("title").asText())
                    .append("</title><link>")
                    .append(url)
                    .append("</link><guid>urn:kill:")
                    .append(a.get("id").asText())
                    .append("</guid><pubDate>")
                    .append(1 + i % 28)
                    .append(" May 2031 08:00:00 GMT</pubDate></item>");
        }
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kill Wire</title>"
                + "<link>http://example.org/</link><description>News</description>" + items + "</channel></rss>";
        HttpServer feed = server(1);
        feed.createContext("/rss.xml", ex -> reply(ex, "application/rss+xml", rss));
        feed.start();
        feedUrl = "http://127.0.0.1:" + feed.getAddress().getPort() + "/rss.xml";
    }

    private HttpServer server(int last) throws IOException {
        HttpServer s = HttpServer.create(
                new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last}), 0), 0);
        servers.add(s);
        return s;
    }

    private static String html(ObjectNode a) {
        return "<html><head><title>" + a.get("title").asText() + "</title>"
                + "<meta property=\"article:published_time\" content=\""
                + a.get("published").asText() + "\">"
                + "<meta property=\"og:site_name\" content=\"" + a.get("outlet").asText() + "\"></head><body>"
                + "<article><h1>" + a.get("title").asText() + "</h1><p>"
                + a.get("text").asText()
                + "</p></article></body></html>";
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, b.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
        }
    }

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(0));
    }

    private Process watch(Path data) throws IOException {
        return KillRig.start(
                tmp,
                "watch",
                feedUrl,
                "--once",
                "--allow-private",
                "--no-embeddings",
                "--threads",
                "1",
                "--data",
                data.toString());
    }

    @Test
    void watchKilledAtRandomPointsReopensSoundAndEndsWithTheCleanRunsArticles() throws Exception {
        int kills = Integer.getInteger("storyline.watchKills", 3);
        long seed = Long.getLong("storyline.killSeed", System.nanoTime());
        SplittableRandom rnd = new SplittableRandom(seed);

        Path cleanDir = tmp.resolve("clean");
        long started = System.nanoTime();
        Process clean = watch(cleanDir);
        assertThat(seenWritten(clean, cleanDir)).isTrue();
        // when the clean watch had stored its articles (they are stored just before feeds.json is written)
        long seenMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(clean.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(clean.exitValue()).as(KillRig.said(tmp)).isZero();
        long cleanMs = (System.nanoTime() - started) / 1_000_000;
        Map<String, JsonNode> expected = KillRig.articles(cleanDir);
        assertThat(expected).hasSize(ENTRIES);

        Path data = tmp.resolve("killed");
        int killed = 0;
        int finished = 0;
        List<Integer> storedAtKill = new ArrayList<>();
        while (killed < kills) {
            Process p = watch(data);
            // every other kill lands in the second half of the time to feeds.json (pages fetched, articles
            // analysed and stored) rather than anywhere, where most would find the models still loading
            long delay = killed % 2 == 1 ? seenMs / 2 + rnd.nextLong(seenMs / 2 + 200) : 300 + rnd.nextLong(cleanMs);
            // the first kill lands the moment the watcher writes what it has seen (feeds.json), the
            // riskiest point: every entry remembered must have its article stored by then
            boolean running = killed == 0 ? seenWritten(p, data) : !p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!running) {
                assertThat(p.exitValue()).as(KillRig.said(tmp)).isZero();
                assertThat(KillRig.differences(KillRig.articles(data), expected))
                        .as("a watch that finished after %d kills (seed %d)", killed, seed)
                        .isEmpty();
                finished++;
                KillRig.delete(data);
                continue;
            }
            p.destroyForcibly(); // SIGKILL
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            killed++;
            if (Files.exists(data.resolve("storyline.mv.db"))) {
                String when = killed == 1 ? "as feeds.json was written" : "after " + delay + " ms";
                int stored = KillRig.assertSound(data, "kill " + killed + " " + when + ", seed " + seed);
                storedAtKill.add(stored);
                if (stored == ENTRIES) {
                    // the job was done when the kill came: it must equal the clean run; the next kill
                    // gets a job of its own
                    assertThat(KillRig.differences(KillRig.articles(data), expected))
                            .as("kill %d %s, seed %d", killed, when, seed)
                            .isEmpty();
                    KillRig.delete(data);
                }
            } else {
                storedAtKill.add(0);
            }
        }
        Process last = watch(data);
        assertThat(last.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(KillRig.said(tmp)).isZero();
        assertThat(KillRig.differences(KillRig.articles(data), expected))
                .as("after %d kills (articles stored at each: %s; seed %d)", killed, storedAtKill, seed)
                .isEmpty();
        KillRig.assertSound(data, "after the completing watch");
        System.out.printf(
                "WatchKillTest: seed %d, clean watch %d ms (feeds.json at %d ms), %d articles; %d SIGKILLs (articles"
                        + " stored at each: %s), %d watches finished before their kill; every reopening sound, final"
                        + " articles equal%n",
                seed, cleanMs, seenMs, expected.size(), killed, storedAtKill, finished);
    }

    /** Waits until {@code p} has written {@code feeds.json}; false when it exited first. */
    private static boolean seenWritten(Process p, Path data) throws InterruptedException {
        Path seen = data.resolve("feeds.json");
        while (p.isAlive()) {
            if (Files.exists(seen)) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }
}

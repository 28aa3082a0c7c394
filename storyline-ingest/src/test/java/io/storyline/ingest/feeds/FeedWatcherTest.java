package io.storyline.ingest.feeds;

import static io.storyline.ingest.feeds.FeedFixtures.atom;
import static io.storyline.ingest.feeds.FeedFixtures.page;
import static io.storyline.ingest.feeds.FeedFixtures.rss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storyline.core.Article;
import io.storyline.ingest.ReadResult;
import io.storyline.ingest.UrlIds;
import io.storyline.ingest.feeds.FeedFixtures.Item;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedWatcherTest {

    private static final String HTML = "text/html; charset=utf-8";
    private static final String RSS = "application/rss+xml";

    @TempDir
    Path data;

    private LocalServer server;
    private final FakeTime time = new FakeTime();
    private final List<ReadResult> results = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static FeedOptions options(boolean allowPrivate) {
        FeedOptions d = FeedOptions.defaults();
        return new FeedOptions(
                d.userAgent(),
                Duration.ofSeconds(2),
                // generous enough for a loaded machine; the slow feed below takes three times longer
                Duration.ofSeconds(2),
                Duration.ofSeconds(1),
                64 * 1024,
                64 * 1024,
                3,
                100,
                allowPrivate);
    }

    private FeedWatcher watcher(FeedOptions options, AddressPolicy.Resolver resolver) {
        return new FeedWatcher(options, data, results::add, PoliteFetcher.newClient(options), resolver, time, time);
    }

    private FeedWatcher watcher() {
        return watcher(options(true), AddressPolicy.Resolver.SYSTEM);
    }

    private List<Article> articles() {
        return results.stream()
                .filter(r -> r instanceof ReadResult.Read)
                .map(r -> ((ReadResult.Read) r).article())
                .toList();
    }

    private void servePages(String... names) {
        for (String n : names) {
            server.serve(
                    "/news/" + n + ".html",
                    HTML,
                    page(
                            "Bridge " + n + " reopens",
                            "The bridge at " + n
                                    + " reopened to traffic on Monday after six weeks of repairs to its deck."));
        }
    }

    private Item item(String n) {
        return new Item("urn:story:" + n, server.uri("/news/" + n + ".html").toString(), "Bridge " + n);
    }

    @Test
    void newEntriesArePickedUpOnceAndARestartDoesNotReAddThem() throws Exception {
        servePages("elm", "oak", "ash");
        server.serve("/rss.xml", RSS, rss("Valley Courier", List.of(item("elm"), item("oak"))));
        URI feed = server.uri("/rss.xml");

        List<FeedResult> first = watcher().poll(List.of(feed));

        assertThat(first).containsExactly(new FeedResult(feed, FeedResult.Status.FETCHED, 2, 2, 2, 0, null));
        Article elm = articles().get(0);
        String elmUrl = server.uri("/news/elm.html").toString();
        assertThat(elm.id()).isEqualTo(UrlIds.of(elmUrl));
        assertThat(elm.url()).isEqualTo(elmUrl);
        assertThat(elm.title()).isEqualTo("Bridge elm reopens");
        assertThat(elm.outlet()).isEqualTo("The Valley Courier");
        assertThat(elm.published()).isEqualTo(LocalDate.of(2025, 4, 1)); // from the feed: the page has no date
        assertThat(elm.text())
                .startsWith("The bridge at elm reopened to traffic on Monday")
                .contains("town hall");
        assertThat(results.get(0).input()).isEqualTo(elmUrl);

        // The same watcher again, then a new one on the same data directory: nothing is taken twice.
        assertThat(watcher().poll(List.of(feed)).get(0).newEntries()).isZero();
        server.serve("/rss.xml", RSS, rss("Valley Courier", List.of(item("ash"), item("elm"), item("oak"))));
        FeedWatcher restarted = watcher();
        assertThat(restarted.poll(List.of(feed)))
                .containsExactly(new FeedResult(feed, FeedResult.Status.FETCHED, 3, 1, 1, 0, null));
        assertThat(restarted.poll(List.of(feed)).get(0).newEntries()).isZero();

        assertThat(articles())
                .extracting(Article::title)
                .containsExactly("Bridge elm reopens", "Bridge oak reopens", "Bridge ash reopens");
        assertThat(server.count("/news/elm.html")).isEqualTo(1);
        assertThat(server.count("/news/ash.html")).isEqualTo(1);
        assertThat(Files.exists(data.resolve(FeedWatcher.STATE_FILE))).isTrue();
    }

    @Test
    void aBufferedSinkStoresTheArticlesBeforeTheirEntriesAreRememberedAsSeen() throws Exception {
        servePages("elm", "oak");
        server.serve("/rss.xml", RSS, rss("Valley Courier", List.of(item("elm"), item("oak"))));
        List<String> events = new ArrayList<>();
        Path state = data.resolve(FeedWatcher.STATE_FILE);
        FeedWatcher.BufferedSink sink = new FeedWatcher.BufferedSink() {
            @Override
            public void accept(ReadResult r) {
                events.add("handed " + r.input());
            }

            @Override
            public void flush() {
                events.add("flushed; feeds.json " + (Files.exists(state) ? "written" : "not written"));
            }
        };
        FeedOptions options = options(true);
        new FeedWatcher(
                        options,
                        data,
                        sink,
                        PoliteFetcher.newClient(options),
                        AddressPolicy.Resolver.SYSTEM,
                        time,
                        time)
                .poll(List.of(server.uri("/rss.xml")));
        // a process killed after feeds.json names an entry must have stored its article: flush comes first
        assertThat(events)
                .containsExactly(
                        "handed " + server.uri("/news/elm.html"),
                        "handed " + server.uri("/news/oak.html"),
                        "flushed; feeds.json not written");
        assertThat(Files.exists(state)).isTrue();
    }

    @Test
    void conditionalGetIsHonoured() throws Exception {
        servePages("elm");
        String body = atom("Valley Courier", List.of(item("elm")));
        server.on("/atom.xml", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Tue, 01 Apr 2025 08:00:00 GMT");
            LocalServer.send(ex, 200, "application/atom+xml", body);
        });
        URI feed = server.uri("/atom.xml");

        assertThat(watcher().poll(List.of(feed)).get(0).articles()).isEqualTo(1);
        assertThat(watcher().poll(List.of(feed)))
                .containsExactly(new FeedResult(feed, FeedResult.Status.NOT_MODIFIED, 0, 0, 0, 0, null));

        List<LocalServer.Request> feedRequests = server.requests.stream()
                .filter(r -> r.path().equals("/atom.xml"))
                .toList();
        assertThat(feedRequests).hasSize(2);
        assertThat(feedRequests.get(0).headers().getFirst("If-None-Match")).isNull();
        assertThat(feedRequests.get(1).headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(feedRequests.get(1).headers().getFirst("If-Modified-Since"))
                .isEqualTo("Tue, 01 Apr 2025 08:00:00 GMT");
    }

    @Test
    void slowAndBrokenFeedsDoNotStopTheOthers() throws Exception {
        servePages("elm");
        server.on("/slow.xml", ex -> {
            Thread.sleep(6000);
            LocalServer.send(ex, 200, RSS, rss("Slow", List.of()));
        });
        server.on("/error.xml", ex -> LocalServer.send(ex, 500, "text/plain", "oops"));
        server.serve("/malformed.xml", RSS, "<rss version=\"2.0\"><channel><title>Broken</title><item>");
        server.serve("/good.xml", RSS, rss("Valley Courier", List.of(item("elm"))));
        List<URI> feeds = List.of(
                server.uri("/slow.xml"),
                server.uri("/error.xml"),
                server.uri("/malformed.xml"),
                server.uri("/good.xml"));

        List<FeedResult> polled = watcher().poll(feeds);

        assertThat(polled)
                .extracting(FeedResult::status)
                .containsExactly(
                        FeedResult.Status.FAILED,
                        FeedResult.Status.FAILED,
                        FeedResult.Status.FAILED,
                        FeedResult.Status.FETCHED);
        assertThat(polled.get(0).error()).isEqualTo("no complete response from " + feeds.get(0) + " within 2 s");
        assertThat(polled.get(1).error()).isEqualTo("feed " + feeds.get(1) + " answered HTTP 500");
        assertThat(polled.get(2).error()).startsWith("feed " + feeds.get(2) + " is not a valid RSS or Atom document: ");
        assertThat(polled.get(3).articles()).isEqualTo(1);
        assertThat(results)
                .filteredOn(r -> r instanceof ReadResult.Skipped)
                .extracting(ReadResult::input)
                .containsExactly(
                        feeds.get(0).toString(),
                        feeds.get(1).toString(),
                        feeds.get(2).toString());
    }

    @Test
    void privateAddressesAreRefusedWithoutAllowPrivate() throws Exception {
        URI loopback = server.uri("/rss.xml");
        server.serve("/rss.xml", RSS, rss("Valley Courier", List.of()));
        List<URI> feeds = List.of(
                loopback,
                URI.create("http://10.1.2.3/feed.xml"),
                URI.create("http://169.254.169.254/latest/meta-data"),
                URI.create("http://[::1]:9/feed"),
                URI.create("http://intranet.example/feed.xml"));
        AddressPolicy.Resolver resolver = host -> host.equals("intranet.example")
                ? List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("192.168.1.20"))
                : AddressPolicy.Resolver.SYSTEM.resolve(host);

        List<FeedResult> polled = watcher(options(false), resolver).poll(feeds);

        assertThat(polled)
                .extracting(FeedResult::error)
                .containsExactly(
                        "refused " + loopback + ": host 127.0.0.1 resolves to a loopback address 127.0.0.1 "
                                + "(use --allow-private to fetch from this network)",
                        "refused http://10.1.2.3/feed.xml: host 10.1.2.3 resolves to a private address 10.1.2.3 "
                                + "(use --allow-private to fetch from this network)",
                        "refused http://169.254.169.254/latest/meta-data: host 169.254.169.254 resolves to a link-local "
                                + "address 169.254.169.254 (use --allow-private to fetch from this network)",
                        "refused http://[::1]:9/feed: host [::1] resolves to a loopback address 0:0:0:0:0:0:0:1 "
                                + "(use --allow-private to fetch from this network)",
                        "refused http://intranet.example/feed.xml: host intranet.example resolves to a private address "
                                + "192.168.1.20 (use --allow-private to fetch from this network)");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void redirectTargetsAreCheckedAgain() throws Exception {
        // The resolver calls 127.0.0.1 public, but localhost (the redirect target) is really loopback.
        AddressPolicy.Resolver resolver = host -> host.equals("127.0.0.1")
                ? List.of(InetAddress.getByName("93.184.216.34"))
                : AddressPolicy.Resolver.SYSTEM.resolve(host);
        server.on("/moved.xml", ex -> {
            ex.getResponseHeaders().set("Location", "http://localhost:" + server.port() + "/rss.xml");
            ex.sendResponseHeaders(301, -1);
        });
        server.serve("/rss.xml", RSS, rss("Valley Courier", List.of()));

        FeedResult r = watcher(options(false), resolver)
                .poll(List.of(server.uri("/moved.xml")))
                .get(0);

        assertThat(r.error())
                .startsWith("refused http://localhost:" + server.port()
                        + "/rss.xml: host localhost resolves to a loopback address");
        assertThat(server.count("/moved.xml")).isEqualTo(1);
        assertThat(server.count("/rss.xml")).isZero();
    }

    @Test
    void redirectsAreFollowedButBounded() throws Exception {
        servePages("elm");
        server.on("/old.xml", ex -> {
            ex.getResponseHeaders().set("Location", "/rss.xml");
            ex.sendResponseHeaders(302, -1);
        });
        server.serve("/rss.xml", RSS, rss("Valley Courier", List.of(item("elm"))));
        server.on("/loop.xml", ex -> {
            ex.getResponseHeaders().set("Location", "/loop.xml");
            ex.sendResponseHeaders(302, -1);
        });

        List<FeedResult> polled = watcher().poll(List.of(server.uri("/old.xml"), server.uri("/loop.xml")));

        assertThat(polled.get(0).articles()).isEqualTo(1);
        assertThat(polled.get(1).error()).isEqualTo("more than 3 redirects from " + server.uri("/loop.xml"));
        assertThat(server.count("/loop.xml")).isEqualTo(4);
    }

    @Test
    void sendsTheUserAgentAndWaitsBetweenRequestsToOneHost() throws Exception {
        servePages("elm", "oak");
        server.serve("/rss.xml", RSS, rss("Valley Courier", List.of(item("elm"), item("oak"))));

        watcher().poll(List.of(server.uri("/rss.xml")));

        assertThat(server.requests).hasSize(3);
        assertThat(server.requests)
                .allSatisfy(r -> assertThat(r.headers().getFirst("User-Agent")).isEqualTo(FeedOptions.USER_AGENT));
        assertThat(FeedOptions.USER_AGENT).matches("Storyline/[0-9.]+ \\(\\+https://github\\.com/.+\\)");
        // The fake clock moves only by sleeping: each request after the first waited the full second.
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void oversizedAndNonHtmlPagesAreSkippedWithAReason() throws Exception {
        server.serve("/news/big.html", HTML, page("Big", "word ".repeat(20_000)));
        server.serve("/news/photo.jpg", "image/jpeg", "not really a photo");
        server.on("/news/gone.html", ex -> LocalServer.send(ex, 404, "text/html", "gone"));
        String big = server.uri("/news/big.html").toString();
        String photo = server.uri("/news/photo.jpg").toString();
        String gone = server.uri("/news/gone.html").toString();
        server.serve(
                "/rss.xml",
                RSS,
                rss(
                        "Valley Courier",
                        List.of(
                                new Item("1", big, "Big"),
                                new Item("2", photo, "Photo"),
                                new Item("3", gone, "Gone"))));

        FeedResult r = watcher().poll(List.of(server.uri("/rss.xml"))).get(0);

        assertThat(r).isEqualTo(new FeedResult(server.uri("/rss.xml"), FeedResult.Status.FETCHED, 3, 3, 0, 3, null));
        assertThat(results)
                .containsExactly(
                        new ReadResult.Skipped(big, big + ": response is over the size limit of 65536 bytes"),
                        new ReadResult.Skipped(photo, "not an HTML page (Content-Type \"image/jpeg\")"),
                        new ReadResult.Skipped(gone, "page answered HTTP 404"));
    }

    @Test
    void pagesThatFailForNowAreTriedAgainNextPoll() throws Exception {
        String url = server.uri("/news/elm.html").toString();
        server.on("/news/elm.html", ex -> LocalServer.send(ex, 503, "text/plain", "busy"));
        server.serve("/rss.xml", RSS, rss("Valley Courier", List.of(item("elm"))));
        FeedWatcher w = watcher();

        w.poll(List.of(server.uri("/rss.xml")));
        servePages("elm");
        w.poll(List.of(server.uri("/rss.xml")));

        assertThat(results.get(0))
                .isEqualTo(new ReadResult.Skipped(url, "page " + url + " answered HTTP 503 (will retry)"));
        assertThat(articles()).hasSize(1);
    }

    @Test
    void noFeedsGiveNoResults() throws Exception {
        assertThat(watcher().poll(List.of())).isEmpty();
        assertThat(results).isEmpty();
    }

    @Test
    void corruptStateFileIsReportedNotIgnored() throws IOException {
        Files.writeString(data.resolve(FeedWatcher.STATE_FILE), "{not json");
        IllegalStateException e = assertThrows(IllegalStateException.class, this::watcher);
        assertThat(e.getMessage()).startsWith("cannot read feed state ").endsWith("; delete it to start afresh");
    }
}

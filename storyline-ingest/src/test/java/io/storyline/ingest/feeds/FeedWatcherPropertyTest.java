package io.storyline.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.ingest.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class FeedWatcherPropertyTest {

    @SuppressWarnings("NullAway.Init") // set in @BeforeContainer
    private static LocalServer server;

    @BeforeContainer
    static void start() throws IOException {
        server = new LocalServer();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 60)
    void junkFeedsAndPagesNeverThrow(
            @ForAll @StringLength(max = 300) String feedBody, @ForAll @StringLength(max = 300) String pageBody)
            throws Exception {
        String link = server.uri("/page.html").toString();
        server.serve("/junk.xml", "application/rss+xml", feedBody);
        server.serve(
                "/wrapped.xml",
                "application/rss+xml",
                FeedFixtures.rss(
                        "Junk", List.of(new FeedFixtures.Item(String.valueOf(feedBody.hashCode()), link, "x"))));
        server.serve("/page.html", "text/html", pageBody);
        Path data = Files.createTempDirectory("feeds");
        try {
            List<ReadResult> results = new ArrayList<>();
            FeedOptions options = FeedOptions.defaults().withAllowPrivate(true);
            FakeTime time = new FakeTime();
            List<FeedResult> polled = new FeedWatcher(
                            options,
                            data,
                            results::add,
                            PoliteFetcher.newClient(options),
                            AddressPolicy.Resolver.SYSTEM,
                            time,
                            time)
                    .poll(List.of(server.uri("/junk.xml"), server.uri("/wrapped.xml")));
            assertThat(polled).hasSize(2);
            assertThat(polled.get(1).status()).isEqualTo(FeedResult.Status.FETCHED);
        } finally {
            try (Stream<Path> walk = Files.walk(data)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

package io.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.digest.StoryDigester;
import io.storyline.store.Store;
import io.storyline.store.StoryDigests;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serving a store whose digests 'analyze' stored: every story page is whole on its first visit, and a
 * restarted server computes no digest.
 */
class StoredDigestServeTest {

    @TempDir
    Path dir;

    private static StorylineServer start(Store store, StoryDigests digests) {
        return StorylineServer.start(
                store, digests, TestData::pipeline, new ServerOptions(ServerOptions.LOOPBACK, 0, 1 << 20, 1, 64));
    }

    @Test
    void storedDigestsAreServedOnTheFirstVisitAndARestartComputesNothing() throws Exception {
        Path data = dir.resolve("data");
        List<String> stories;
        try (Store store = Store.open(data)) {
            long before = store.lastPosition();
            TestData.analyse(store, TestData.pipeline(), List.of(TestData.demo()));
            StoryDigests analyze = new StoryDigests(new StoryDigester(null), 0, store);
            stories = List.copyOf(store.stories().keySet());
            assertThat(analyze.refresh(store, store.storiesSince(before))).isEqualTo(stories.size());
        }
        HttpClient http = HttpClient.newHttpClient();
        for (int run = 1; run <= 2; run++) {
            try (Store store = Store.open(data)) {
                StoryDigests digests = new StoryDigests(new StoryDigester(null), 64, store);
                try (StorylineServer server = start(store, digests)) {
                    for (String id : stories) {
                        HttpResponse<String> page = TestData.get(http, server.port(), "/stories/" + id);
                        assertThat(page.statusCode()).isEqualTo(200);
                        assertThat(page.body()).as("run %d, story %s", run, id).doesNotContain("Being computed");
                        HttpResponse<String> api = TestData.get(http, server.port(), "/api/stories/" + id);
                        assertThat(api.statusCode()).isEqualTo(200);
                        assertThat(api.body()).contains("\"quotes\"");
                    }
                }
                assertThat(digests.computed())
                        .as("digests computed by serve, run %d", run)
                        .isZero();
            }
        }
    }
}

package io.storyline.server;

import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StandardPipeline;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.digest.StoryDigester;
import io.storyline.ingest.InputReader;
import io.storyline.ingest.ReadResult;
import io.storyline.store.ArticleLoader;
import io.storyline.store.LoadListener;
import io.storyline.store.Store;
import io.storyline.store.StoryDigests;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test fixtures: the demo corpus analysed into a data directory, a started server, an HTTP client. */
final class TestData {

    /** An article whose title, outlet, url and text try to inject markup and scripts. */
    static final String HOSTILE = "{\"id\":\"hostile-1\",\"title\":\"Quay <script>window.__pwned=1</script> fire\","
            + "\"outlet\":\"<b onmouseover=alert(1)>Bold</b> & Co\",\"published\":\"2031-08-01\","
            + "\"url\":\"javascript:window.__pwned=2\",\"text\":\"Firefighters said \\\"the <script>window.__pwned=3"
            + "</script> quay is safe\\\" on Monday.\\nSee <a href=\\\"javascript:window.__pwned=4\\\">this</a> and"
            + " <img src=x onerror=window.__pwned=5> for more.\\nThe harbour master said the cranes would reopen"
            + " on Tuesday after the inspection.\"}";

    private TestData() {}

    static Path demo() {
        Path p = Path.of("../demo/articles");
        return Files.isDirectory(p) ? p : Path.of("demo/articles");
    }

    static Pipeline pipeline() {
        return StandardPipeline.create(new StandardPipeline.Options(false, 600));
    }

    /** Analyses {@code inputs} into {@code store} as 'storyline analyze' does; returns the number stored. */
    static int analyse(Store store, Pipeline pipeline, List<Path> inputs) {
        int[] stored = new int[1];
        try (ArticleLoader loader = ArticleLoader.open(store, pipeline, AssemblyOptions.defaults(), 2);
                ArticleLoader.Session session = loader.session(new LoadListener() {
                    @Override
                    public void stored(io.storyline.store.StoredArticle article) {
                        stored[0]++;
                    }
                })) {
            new InputReader().read(inputs, r -> {
                if (r instanceof ReadResult.Read read) {
                    session.accept(read.article());
                }
            });
        }
        return stored[0];
    }

    /** Writes the hostile article as a .json file in {@code dir} and returns its path. */
    static Path hostileFile(Path dir) throws IOException {
        Path f = dir.resolve("hostile.json");
        Files.writeString(f, HOSTILE);
        return f;
    }

    static StorylineServer start(Store store, Pipeline pipeline, long maxBody) {
        return StorylineServer.start(
                store,
                new StoryDigests(new StoryDigester(null), 64),
                () -> pipeline,
                new ServerOptions(ServerOptions.LOOPBACK, 0, maxBody, 2, 64));
    }

    static HttpResponse<String> get(HttpClient http, int port, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(HttpClient http, int port, String path, byte[] body)
            throws IOException, InterruptedException {
        return post(http, port, path, body, "application/json");
    }

    static HttpResponse<String> post(HttpClient http, int port, String path, byte[] body, String type)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

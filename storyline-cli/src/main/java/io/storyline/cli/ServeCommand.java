package io.storyline.cli;

import io.storyline.digest.StoryDigester;
import io.storyline.embed.MiniLmEmbedder;
import io.storyline.server.ServerOptions;
import io.storyline.server.StorylineServer;
import io.storyline.store.Store;
import io.storyline.store.StoryDigests;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Serves the web UI and the REST API over a data directory until interrupted. */
@Command(
        mixinStandardHelpOptions = true,
        name = "serve",
        description = "Serve the stories of the data directory as web pages and a JSON API (OpenAPI at "
                + "/api/openapi.json), live while 'analyze' adds articles. Stop with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOptions data = new DataOptions();

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 7070;

    @Option(
            names = "--host",
            description =
                    "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every" + " interface).")
    String host = ServerOptions.LOOPBACK;

    @Option(names = "--max-body-mb", description = "Largest POST /api/articles body in MB (default: ${DEFAULT-VALUE}).")
    int maxBodyMb = 10;

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "File holding the write token (at least 16 characters): every POST then needs "
                    + "'Authorization: Bearer TOKEN'. Else the STORYLINE_TOKEN environment variable is used. Required "
                    + "when --host is not loopback.")
    @Nullable
    Path tokenFile;

    @Option(
            names = "--cors-origin",
            paramLabel = "ORIGIN",
            description = "Let pages from ORIGIN (like https://news.example) call the API from a browser; repeatable. "
                    + "Default: no CORS.")
    List<String> corsOrigins = new ArrayList<>();

    /** Where the token comes from when there is no --token-file (the process environment; tests replace it). */
    Function<String, @Nullable String> environment = System::getenv;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        // before anything loads or binds: a server open to other machines must not take writes from anyone
        ServerOptions options = options();
        MiniLmEmbedder embedder = analysis.noEmbeddings ? null : new MiniLmEmbedder();
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try (Store store = Store.open(data.data);
                StorylineServer server = StorylineServer.start(
                        store,
                        new StoryDigests(new StoryDigester(embedder), 256, store),
                        analysis::pipeline,
                        options)) {
            out.printf(
                    "serving %s (%d articles) at http://%s:%d/%s — Ctrl-C to stop%n",
                    data.data,
                    store.size(),
                    host.contains(":") ? "[" + host + "]" : host,
                    server.port(),
                    options.token() == null ? "" : " (writes need the token)");
            out.flush();
            // On Ctrl-C, let the main thread close the server and the store before the JVM halts.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopped.countDown();
                try {
                    closed.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            stopped.await();
        } finally {
            close(embedder);
            closed.countDown();
        }
        return 0;
    }

    private ServerOptions options() {
        String token = token();
        if (token == null && !ServerOptions.isLoopback(host)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--host " + host + " is not a loopback address, so other machines could post articles: give a "
                            + "write token with --token-file FILE (or the STORYLINE_TOKEN environment variable), at "
                            + "least " + ServerOptions.MIN_TOKEN + " characters");
        }
        try {
            return new ServerOptions(host, port, maxBodyMb * 1024L * 1024L, analysis.threads, 256, token, corsOrigins);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()), e);
        }
    }

    private @Nullable String token() {
        if (tokenFile != null) {
            try {
                return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot read --token-file " + tokenFile + ": " + e);
            }
        }
        String env = environment.apply("STORYLINE_TOKEN");
        return env == null || env.isBlank() ? null : env.strip();
    }

    private static void close(@Nullable MiniLmEmbedder embedder) {
        if (embedder != null) {
            embedder.close();
        }
    }
}

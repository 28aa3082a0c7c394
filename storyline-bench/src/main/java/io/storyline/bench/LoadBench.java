package io.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StandardPipeline;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.digest.StoryDigester;
import io.storyline.ingest.InputReader;
import io.storyline.ingest.ReadResult;
import io.storyline.server.ServerOptions;
import io.storyline.server.StorylineServer;
import io.storyline.store.ArticleLoader;
import io.storyline.store.LoadListener;
import io.storyline.store.Store;
import io.storyline.store.StoryDigests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A bounded load test of {@code serve} on loopback: seeds a fresh data directory with the demo
 * articles, starts the server in this JVM (with a write token), then runs N clients for S seconds,
 * each looping over a mix of reads (story list, story JSON, article JSON, home page, story page) and
 * writes ({@code POST /api/articles} of a new article with the token). Prints, per kind of request,
 * the count and p50/p99 latency, every non-2xx status and transport error, and finally checks that
 * every article the server acknowledged is stored exactly once (no lost or doubled article).
 *
 * <pre>{@code
 * ./mvnw -q -o -pl storyline-cli,storyline-bench -am package -DskipTests
 * java -Xmx2g -cp "storyline-bench/target/storyline-bench-0.1.0-SNAPSHOT.jar:storyline-cli/target/storyline-cli-0.1.0-SNAPSHOT.jar:storyline-cli/target/lib/*" \
 *     io.storyline.bench.LoadBench --clients 50 --seconds 120 --writes 0.1
 * }</pre>
 */
public final class LoadBench {

    private static final String TOKEN = "load-bench-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<Long>> micros = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    private LoadBench() {}

    public static void main(String[] args) throws Exception {
        int clients = 50;
        int seconds = 120;
        double writes = 0.1;
        Path demo = Path.of("demo/articles");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--writes" -> writes = Double.parseDouble(args[++i]);
                case "--demo" -> demo = Path.of(args[++i]);
                default ->
                    throw new IllegalArgumentException(
                            "usage: LoadBench [--clients 50] [--seconds 120] [--writes 0.1] [--demo DIR], got "
                                    + args[i]);
            }
        }
        new LoadBench().run(clients, seconds, writes, demo);
    }

    private void run(int clients, int seconds, double writes, Path demo) throws Exception {
        Path dir = Files.createTempDirectory("storyline-load");
        Pipeline pipeline = StandardPipeline.create(new StandardPipeline.Options(false, 600));
        try (Store store = Store.open(dir)) {
            seed(store, pipeline, demo);
            ServerOptions options = new ServerOptions(ServerOptions.LOOPBACK, 0, 1 << 20, 2, 256).withToken(TOKEN);
            try (StorylineServer server = StorylineServer.start(
                    store, new StoryDigests(new StoryDigester(null), 256, store), () -> pipeline, options)) {
                int before = store.size();
                long wall = drive(server.port(), clients, seconds, writes);
                report(clients, seconds, writes, wall, store, before);
            }
        }
    }

    private static void seed(Store store, Pipeline pipeline, Path demo) {
        try (ArticleLoader loader = ArticleLoader.open(store, pipeline, AssemblyOptions.defaults(), 2);
                ArticleLoader.Session session = loader.session(new LoadListener() {})) {
            new InputReader().read(List.of(demo), r -> {
                if (r instanceof ReadResult.Read read) {
                    session.accept(read.article());
                }
            });
        }
    }

    private long drive(int port, int clients, int seconds, double writes) throws InterruptedException {
        // the client's threads are daemons, so the JVM ends once the report is printed
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "load-http");
            t.setDaemon(true);
            return t;
        });
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .executor(pool)
                .build();
        String base = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(
                    () -> {
                        try {
                            loop(http, base, client, deadline, writes);
                        } finally {
                            done.countDown();
                        }
                    },
                    "load-client-" + c);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private void loop(HttpClient http, String base, int client, long deadline, double writes) {
        SplittableRandom rnd = new SplittableRandom(client * 7919L + 1);
        List<String> stories = new ArrayList<>();
        List<String> articles = new ArrayList<>(List.of("dunmere-gazette-ferry-strike"));
        int posted = 0;
        while (System.nanoTime() < deadline) {
            double dice = rnd.nextDouble();
            if (dice < writes) {
                String id = "load-" + client + "-" + posted++;
                String body = articleJson(id, client, rnd);
                HttpResponse<String> r = send(
                        http,
                        "POST /api/articles",
                        HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + TOKEN)
                                .POST(HttpRequest.BodyPublishers.ofString(body)));
                if (r != null && r.statusCode() == 200) {
                    acknowledged.add(id);
                    articles.add(id);
                }
            } else if (dice < writes + 0.25 || stories.isEmpty()) {
                HttpResponse<String> r = send(
                        http, "GET /api/stories", HttpRequest.newBuilder(URI.create(base + "/api/stories?size=50")));
                if (r != null && r.statusCode() == 200) {
                    stories.clear();
                    try {
                        JSON.readTree(r.body())
                                .get("stories")
                                .forEach((JsonNode s) -> stories.add(s.get("id").asText()));
                    } catch (java.io.IOException e) {
                        errors.computeIfAbsent("GET /api/stories: not JSON", k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                }
            } else if (dice < writes + 0.45) {
                send(
                        http,
                        "GET /api/stories/{id}",
                        HttpRequest.newBuilder(
                                URI.create(base + "/api/stories/" + stories.get(rnd.nextInt(stories.size())))));
            } else if (dice < writes + 0.65) {
                send(
                        http,
                        "GET /api/articles/{id}",
                        HttpRequest.newBuilder(
                                URI.create(base + "/api/articles/" + articles.get(rnd.nextInt(articles.size())))));
            } else if (dice < writes + 0.80) {
                send(http, "GET /", HttpRequest.newBuilder(URI.create(base + "/")));
            } else {
                send(
                        http,
                        "GET /stories/{id}",
                        HttpRequest.newBuilder(
                                URI.create(base + "/stories/" + stories.get(rnd.nextInt(stories.size())))));
            }
        }
    }

    /** A small article for client {@code client} as the API takes it (two draws from {@code rnd}). */
    private static String articleJson(String id, int client, SplittableRandom rnd) {
        return "{\"id\":\"" + id + "\",\"title\":\"Harbour crane " + client
                + " repaired\",\"published\":"
                + "\"2031-04-0" + (1 + rnd.nextInt(9))
                + "\",\"outlet\":\"Load Wire\",\"text\":\"The harbour crane "
                + client + " at Valmora was repaired on Tuesday, port officials said. Dock workers said the"
                + " repair took " + (1 + rnd.nextInt(9)) + " hours and shipping resumed.\"}";
    }

    private @Nullable HttpResponse<String> send(HttpClient http, String kind, HttpRequest.Builder request) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r =
                    http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            micros.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add((System.nanoTime() - t0) / 1000);
            if (r.statusCode() >= 300) {
                errors.computeIfAbsent(kind + " -> " + r.statusCode(), k -> new AtomicInteger())
                        .incrementAndGet();
            }
            return r;
        } catch (java.io.IOException e) {
            errors.computeIfAbsent(kind + " -> " + e.getClass().getSimpleName(), k -> new AtomicInteger())
                    .incrementAndGet();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void report(int clients, int seconds, double writes, long wallMs, Store store, int before) {
        System.out.printf(
                Locale.ROOT,
                "LoadBench: %d clients, %d s, %.0f%% writes, %d cores (machine shared: load average %.1f)%n",
                clients,
                seconds,
                writes * 100,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        long total = 0;
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(micros).entrySet()) {
            List<Long> xs;
            synchronized (e.getValue()) {
                xs = new ArrayList<>(e.getValue());
            }
            Collections.sort(xs);
            total += xs.size();
            System.out.printf(
                    Locale.ROOT,
                    "  %-24s %7d requests  p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms%n",
                    e.getKey(),
                    xs.size(),
                    pct(xs, 0.50) / 1000.0,
                    pct(xs, 0.99) / 1000.0,
                    xs.get(xs.size() - 1) / 1000.0);
        }
        System.out.printf(
                Locale.ROOT,
                "  %d requests in %.1f s: %.1f requests/s%n",
                total,
                wallMs / 1000.0,
                total * 1000.0 / wallMs);
        if (errors.isEmpty()) {
            System.out.println("  errors: none");
        } else {
            new TreeMap<>(errors).forEach((k, v) -> System.out.printf("  error %s: %d%n", k, v.get()));
        }
        long fives =
                errors.keySet().stream().filter(k -> k.matches(".* -> 5\\d\\d")).count();
        int lost = 0;
        for (String id : acknowledged) {
            if (store.article(id).isEmpty()) {
                lost++;
            }
        }
        Map<String, List<String>> stories = store.stories();
        long rows = stories.values().stream().mapToLong(List::size).sum();
        long distinct =
                stories.values().stream().flatMap(List::stream).distinct().count();
        System.out.printf(
                "  articles: %d acknowledged, %d stored by the run, %d lost, %d doubled; 5xx kinds: %d%n",
                acknowledged.size(), store.size() - before, lost, rows - distinct, fives);
    }

    private static long pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}

package io.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.Pipeline;
import io.storyline.cluster.ArticleFeatures;
import io.storyline.core.Article;
import io.storyline.digest.StoryDigester;
import io.storyline.embed.MiniLmEmbedder;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryDigests;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures server time (the {@code Server-Timing} header) of every page and API call on one story of
 * 100 synthetic articles (invented text: quotes by six speakers, some reworded, a quarter of the
 * articles near-copies of earlier ones), analysed by the real pipeline, with quote grouping on MiniLM
 * embeddings. Prints the figures; asserts only that the pages are whole, never a time.
 */
class StoryPageBench {

    private static final String[] SPEAKERS = {
        "Mayor Ilsa Trevane", "union leader Corin Abate", "port director Hale Munro",
        "Transport Minister Oona Prell", "ferry captain Dag Solvi", "councillor Fenn Ordway"
    };
    private static final String[] SAID = {
        "the crossings will resume once the crews are paid",
        "nobody wants the islands cut off for another week",
        "the company has offered a fair settlement and expects an answer",
        "we will not sail until the night rota is fixed",
        "the ministry stands ready to mediate between both sides",
        "safety inspections must finish before the first ferry leaves"
    };
    private static final String[] FILLER = {
        "Queues of lorries stretched along the harbour road on the third day of the dispute.",
        "Island shops reported shortages of fresh milk and bread.",
        "The strike began after talks over night-shift pay broke down.",
        "Passengers were offered refunds or places on a later sailing.",
        "A relief boat carried medical supplies to the outer islands.",
        "Talks are expected to continue at the harbour offices on Thursday.",
        "The operator runs nine routes and carries about two million passengers a year."
    };
    private static final String[] OUTLETS = {
        "Lindenhall Courier",
        "Island Gazette",
        "Coastal Wire",
        "North Sea Herald",
        "Morning Ledger",
        "Harbour Radio",
        "The Quay",
        "Daily Tidings",
        "Westport News",
        "Ferry Times",
        "Ledger Online",
        "Tidewater"
    };

    @TempDir
    Path dir;

    @Test
    void storyOfHundredArticles() throws Exception {
        Pipeline pipeline = TestData.pipeline();
        List<StoredArticle> stored = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(42);
        try (Store store = Store.open(dir.resolve("data"));
                MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            for (int i = 0; i < 100; i++) {
                StoredArticle copyOf = i % 4 == 3 ? stored.get(rnd.nextInt(stored.size())) : null;
                Article a = copyOf == null ? article(i, rnd) : copy(i, copyOf.article());
                StoredArticle s = store(pipeline.analyze(a), copyOf == null ? null : copyOf.id());
                store.put(s);
                stored.add(s);
            }
            StoryDigests digests = new StoryDigests(new StoryDigester(embedder), 64);
            HttpClient http = HttpClient.newHttpClient();
            try (StorylineServer server =
                    StorylineServer.start(store, digests, () -> pipeline, ServerOptions.defaults(0))) {
                int port = server.port();
                System.out.printf(
                        Locale.ROOT,
                        "story of 100 articles, %d cores, server time in ms:%n",
                        Runtime.getRuntime().availableProcessors());
                HttpResponse<String> cold = TestData.get(http, port, "/stories/s1");
                report("GET /stories/s1 (cold: digest not ready)", List.of(ms(cold)));
                assertThat(cold.body()).contains("Quotes by speaker");
                assertThat(count(cold.body(), "<rect")).isEqualTo(100);
                HttpResponse<String> api = TestData.get(http, port, "/api/stories/s1");
                report("GET /api/stories/s1 (waits for the digest)", List.of(ms(api)));
                HttpResponse<String> warm = TestData.get(http, port, "/stories/s1");
                assertThat(warm.body()).doesNotContain("Being computed").contains("<del>");
                report("GET /stories/s1 (cached digest)", times(http, port, "/stories/s1", 10));
                report("GET /api/stories/s1", times(http, port, "/api/stories/s1", 10));
                report("GET /", times(http, port, "/", 10));
                report("GET /?q=ferry&outlet=wire", times(http, port, "/?q=ferry&outlet=wire", 10));
                report("GET /api/stories", times(http, port, "/api/stories", 10));
                report("GET /articles/b7", times(http, port, "/articles/b7", 10));
                report("GET /api/articles/b7", times(http, port, "/api/articles/b7", 10));
            }
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static List<Double> times(HttpClient http, int port, String path, int n) throws Exception {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpResponse<String> r = TestData.get(http, port, path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            out.add(ms(r));
        }
        return out;
    }

    private static double ms(HttpResponse<String> r) {
        String t = r.headers().firstValue("Server-Timing").orElse("app;dur=-1");
        return Double.parseDouble(t.substring(t.indexOf("dur=") + 4));
    }

    private static void report(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        sorted.sort(null);
        System.out.printf(
                Locale.ROOT,
                "  %-42s median %7.1f  max %7.1f  (n=%d)%n",
                what,
                sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1),
                ms.size());
    }

    private static Article article(int i, SplittableRandom rnd) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 6 + rnd.nextInt(6); k++) {
            text.append(FILLER[rnd.nextInt(FILLER.length)]).append(' ');
            if (rnd.nextInt(2) == 0) {
                int q = rnd.nextInt(SAID.length);
                String words =
                        rnd.nextInt(4) == 0 ? SAID[q].replace("will", "might").replace("must", "should") : SAID[q];
                text.append('"')
                        .append(Character.toUpperCase(words.charAt(0)))
                        .append(words.substring(1))
                        .append(",\" ")
                        .append(SPEAKERS[q])
                        .append(" said. ");
            }
            if (rnd.nextInt(3) == 0) {
                text.append('\n');
            }
        }
        return new Article(
                "b" + i,
                "Ferry strike day " + (1 + i % 5) + ": crews and operator still apart",
                text.toString().strip(),
                LocalDate.of(2031, 3, 1 + i % 5),
                OUTLETS[i % OUTLETS.length],
                "https://example.org/news/" + i,
                null);
    }

    private static Article copy(int i, Article of) {
        return new Article(
                "b" + i,
                of.title(),
                of.text() + "\nReporting by staff.",
                of.published(),
                OUTLETS[i % OUTLETS.length],
                null,
                null);
    }

    private static StoredArticle store(AnalyzedArticle a, @org.jspecify.annotations.Nullable String nearDuplicateOf)
            throws Exception {
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(a.article().text().getBytes(StandardCharsets.UTF_8)));
        return new StoredArticle(
                a.article(),
                hash,
                a.language(),
                a.boilerplate(),
                a.names(),
                ArticleFeatures.of(a),
                "s1",
                nearDuplicateOf,
                a.quotes(),
                a.times(),
                a.sentences());
    }
}

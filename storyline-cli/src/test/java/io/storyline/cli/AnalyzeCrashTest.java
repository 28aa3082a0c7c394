package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.store.Store;
import io.storyline.store.StoreCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILLs {@code storyline analyze} (a child JVM) at random points of its run, again and again: after
 * every kill the store reopens and {@code check} finds it sound; a run that finishes, and the run that
 * completes the job after the last kill, leave exactly what a clean run leaves (every article row,
 * story and stored digest, as JSON values); after every kill, each digest stored for the story version the
 * clean run ended with equals the clean run's (kills land between digest writes too: the run prints how
 * many digests each kill after the last article found). By default (CI) 8 kills over the first 30 articles of
 * basil-dev; {@code -Dstoryline.crashKills=50 -Dstoryline.crashArticles=0} for the full count over all
 * of it, {@code -Dstoryline.crashSeed=N} to replay one.
 */
class AnalyzeCrashTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Path corpus() {
        String given = System.getProperty("storyline.crashCorpus");
        if (given != null) {
            return Path.of(given);
        }
        for (String p :
                new String[] {"../../shared/eval/basil-dev/articles.jsonl", "../shared/eval/basil-dev/articles.jsonl"
                }) {
            if (Files.isRegularFile(Path.of(p))) {
                return Path.of(p);
            }
        }
        return Path.of("missing");
    }

    /** Every row that matters, as stored: articles by id, digests by story, retired story ids. */
    record Snapshot(Map<String, String> articles, Map<String, String> digests, List<String> retired) {}

    private static Snapshot snapshot(Path data) throws SQLException {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("storyline") + ";AUTO_SERVER=TRUE";
        Map<String, String> articles = new TreeMap<>();
        Map<String, String> digests = new TreeMap<>();
        List<String> retired = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, story, content_hash, doc FROM article")) {
                while (rs.next()) {
                    String old = articles.put(
                            rs.getString(1), rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                    assertThat(old)
                            .as("article %s stored twice", rs.getString(1))
                            .isNull();
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT story, basis, doc FROM digest")) {
                while (rs.next()) {
                    digests.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT story FROM retired_story ORDER BY story")) {
                while (rs.next()) {
                    retired.add(rs.getString(1));
                }
            }
        }
        return new Snapshot(articles, digests, retired);
    }

    private Process analyze(Path in, Path data) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Xmx768m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "analyze",
                        in.toString(),
                        "--data",
                        data.toString(),
                        "--no-embeddings",
                        "--threads",
                        "1",
                        "--no-progress")
                .redirectOutput(tmp.resolve("child.out").toFile())
                .redirectError(tmp.resolve("child.err").toFile())
                .start();
    }

    private String childSaid() throws IOException {
        return Files.readString(tmp.resolve("child.out")) + Files.readString(tmp.resolve("child.err"));
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private void assertSameAsClean(Snapshot clean, Path data) throws SQLException {
        Snapshot now = snapshot(data);
        assertThat(now.articles().keySet()).isEqualTo(clean.articles().keySet());
        List<String> differ = new ArrayList<>();
        now.articles()
                .forEach((id, row) ->
                        difference("article " + id, row, clean.articles().getOrDefault(id, ""), differ));
        assertThat(now.digests().keySet())
                .as("stories with digests")
                .isEqualTo(clean.digests().keySet());
        now.digests()
                .forEach((s, d) ->
                        difference("digest of " + s, d, clean.digests().getOrDefault(s, ""), differ));
        assertThat(differ)
                .as("rows that differ from the clean run's (%d)", differ.size())
                .isEmpty();
        assertThat(now.retired()).isEqualTo(clean.retired());
    }

    /**
     * Adds where {@code now} first differs from {@code clean} (with a little context) to {@code out}. Each
     * is a few words then a JSON document; documents are compared as JSON values, since the order of a
     * JSON object's members follows {@code Map.copyOf}, whose iteration order changes from JVM to JVM.
     */
    private static void difference(String what, String now, String clean, List<String> out) {
        if (now.equals(clean) || sameJson(now, clean)) {
            return;
        }
        out.add(what + ": " + jsonDifference(now, clean));
    }

    /** The words before the document and the members of the two documents that differ. */
    private static String jsonDifference(String now, String clean) {
        int a = now.indexOf(" {");
        int b = clean.indexOf(" {");
        if (a < 0 || b < 0) {
            return "now \"" + now + "\", clean \"" + clean + "\"";
        }
        List<String> fields = new ArrayList<>();
        try {
            JsonNode x = JSON.readTree(now.substring(a + 1));
            JsonNode y = JSON.readTree(clean.substring(b + 1));
            x.fieldNames().forEachRemaining(f -> {
                if (!x.get(f).equals(y.get(f))) {
                    String v = String.valueOf(x.get(f));
                    String w = String.valueOf(y.get(f));
                    fields.add(f + " now " + v.substring(0, Math.min(v.length(), 160)) + " clean "
                            + w.substring(0, Math.min(w.length(), 160)));
                }
            });
        } catch (IOException e) {
            fields.add("not JSON: " + e.getMessage());
        }
        return "now " + now.substring(0, a) + ", clean " + clean.substring(0, b) + "; members that differ: " + fields;
    }

    private static boolean sameJson(String now, String clean) {
        int a = now.indexOf(" {");
        int b = clean.indexOf(" {");
        if (a < 0 || b < 0 || !now.substring(0, a).equals(clean.substring(0, b))) {
            return false;
        }
        try {
            return JSON.readTree(now.substring(a + 1)).equals(JSON.readTree(clean.substring(b + 1)));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Asserts that every digest the killed run stored for the story version the clean run ended with (same
     * story, same basis) is the clean run's digest: a kill during the digest writes leaves whole digests.
     */
    private static void sameDigestsWhereCurrent(Snapshot clean, Snapshot now, int kill, long seed) {
        List<String> differ = new ArrayList<>();
        now.digests().forEach((story, row) -> {
            String cleanRow = clean.digests().get(story);
            if (cleanRow != null && basis(cleanRow).equals(basis(row))) {
                difference("digest of " + story, row, cleanRow, differ);
            }
        });
        assertThat(differ)
                .as("after kill %d (seed %d), digests that differ from the clean run's on the same basis", kill, seed)
                .isEmpty();
    }

    /** The basis of a digest row ({@code basis + " " + doc}; the basis holds spaces, the doc starts with '{'). */
    private static String basis(String row) {
        int doc = row.indexOf(" {");
        return doc < 0 ? row : row.substring(0, doc);
    }

    @Test
    void analyzeKilledAtRandomPointsReopensSoundAndEndsExactlyLikeACleanRun() throws Exception {
        Path all = corpus();
        assumeTrue(Files.isRegularFile(all), "shared eval folder not found");
        int kills = Integer.getInteger("storyline.crashKills", 8);
        int articles = Integer.getInteger("storyline.crashArticles", 30);
        Path in = tmp.resolve("articles.jsonl");
        try (Stream<String> lines = Files.lines(all)) {
            Files.write(
                    in, lines.limit(articles > 0 ? articles : Long.MAX_VALUE).toList());
        }
        long seed = Long.getLong("storyline.crashSeed", System.nanoTime());
        SplittableRandom rnd = new SplittableRandom(seed);

        Path cleanDir = tmp.resolve("clean");
        long started = System.nanoTime();
        Process clean = analyze(in, cleanDir);
        assertThat(clean.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(clean.exitValue()).as(childSaid()).isZero();
        long cleanMs = (System.nanoTime() - started) / 1_000_000;
        Snapshot expected = snapshot(cleanDir);
        assertThat(expected.articles()).hasSizeGreaterThan(Math.min(articles, 100) - 10);

        Path data = tmp.resolve("crash");
        int killed = 0;
        int finishedFirst = 0;
        int beforeAnyArticle = 0;
        int midArticles = 0;
        int midDigests = 0;
        int betweenDigestWrites = 0;
        List<Integer> digestsAtKill = new ArrayList<>();
        while (killed < kills) {
            Process p = analyze(in, data);
            long delay = 200 + rnd.nextLong(cleanMs);
            if (p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                // the run finished before its kill: it must equal the clean run; start the job again
                assertThat(p.exitValue()).as(childSaid()).isZero();
                assertSameAsClean(expected, data);
                finishedFirst++;
                delete(data);
                continue;
            }
            p.destroyForcibly(); // SIGKILL
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            killed++;
            if (!Files.exists(data.resolve("storyline.mv.db"))) {
                beforeAnyArticle++;
                continue;
            }
            try (Store store = Store.open(data)) {
                StoreCheck.Report report = StoreCheck.check(store);
                assertThat(report.sound())
                        .as("kill %d after %d ms (seed %d): %s", killed, delay, seed, report.findings())
                        .isTrue();
                int stored = store.size();
                if (stored == 0) {
                    beforeAnyArticle++;
                } else if (stored < expected.articles().size()) {
                    midArticles++;
                } else {
                    midDigests++;
                    int digested = store.digestCount();
                    digestsAtKill.add(digested);
                    if (digested > 0 && digested < expected.digests().size()) {
                        betweenDigestWrites++;
                    }
                }
            }
            sameDigestsWhereCurrent(expected, snapshot(data), killed, seed);
        }
        Process last = analyze(in, data);
        assertThat(last.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(childSaid()).isZero();
        assertSameAsClean(expected, data);
        try (Store store = Store.open(data)) {
            assertThat(StoreCheck.check(store).findings())
                    .as("nothing stale after the completing run")
                    .isEmpty();
        }
        System.out.printf(
                "AnalyzeCrashTest: seed %d, clean run %d ms, %d articles, %d stories with digests; %d SIGKILLs (%d before"
                        + " any article was stored, %d while storing articles, %d after the last article, while"
                        + " digesting: %d of them between two digest writes; digests stored at those kills %s), %d runs"
                        + " finished before their kill; every reopening sound, every stored digest whose basis is the"
                        + " clean run's equal to it, final state equal%n",
                seed,
                cleanMs,
                expected.articles().size(),
                expected.digests().size(),
                killed,
                beforeAnyArticle,
                midArticles,
                midDigests,
                betweenDigestWrites,
                digestsAtKill,
                finishedFirst);
    }
}

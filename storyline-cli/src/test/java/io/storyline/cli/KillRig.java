package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test helper for the kill tests of {@code watch} and of a POST to {@code serve}: starts {@code storyline}
 * in a child JVM, reads a data directory's article rows as stored (to compare with a clean run's), checks
 * a reopened store, and writes the articles they feed (ours: short made-up news on a few topics, so that
 * some join a story and some found one).
 */
final class KillRig {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KillRig() {}

    /** {@code storyline args...} in a child JVM, its output in {@code dir/child.out} and {@code child.err}. */
    static Process start(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectOutput(dir.resolve("child.out").toFile())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
    }

    /** What the last child printed. */
    static String said(Path dir) throws IOException {
        return Files.readString(dir.resolve("child.out")) + Files.readString(dir.resolve("child.err"));
    }

    /**
     * Article id → its row (story, content hash and document as a JSON value, so that member order does
     * not matter); fails when an id is stored twice.
     */
    static Map<String, JsonNode> articles(Path data) throws SQLException, IOException {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("storyline") + ";AUTO_SERVER=TRUE";
        Map<String, JsonNode> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, story, content_hash, doc FROM article")) {
            while (rs.next()) {
                ObjectNode row = JSON.createObjectNode();
                row.put("story", rs.getString(2));
                row.put("contentHash", rs.getString(3));
                row.set("doc", JSON.readTree(rs.getString(4)));
                JsonNode old = out.put(rs.getString(1), row);
                assertThat(old).as("article %s stored twice", rs.getString(1)).isNull();
            }
        }
        return out;
    }

    /** Opens the store and fails unless {@code storyline check} finds it sound; returns its article count. */
    static int assertSound(Path data, String what) {
        try (Store store = Store.open(data)) {
            StoreCheck.Report report = StoreCheck.check(store);
            assertThat(report.sound()).as("%s: %s", what, report.findings()).isTrue();
            return store.size();
        }
    }

    /** Deletes {@code dir} and everything in it, if it exists. */
    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The ids whose rows differ between {@code now} and {@code clean}, with the fields that differ. */
    static List<String> differences(Map<String, JsonNode> now, Map<String, JsonNode> clean) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : now.entrySet()) {
            JsonNode c = clean.get(e.getKey());
            if (c == null) {
                out.add(e.getKey() + ": not in the clean run");
            } else if (!c.equals(e.getValue())) {
                List<String> fields = new ArrayList<>();
                e.getValue().fieldNames().forEachRemaining(f -> {
                    if (!e.getValue().get(f).equals(c.get(f))) {
                        fields.add(f);
                    }
                });
                out.add(e.getKey() + ": " + fields);
            }
        }
        clean.keySet().stream().filter(id -> !now.containsKey(id)).forEach(id -> out.add(id + ": lost"));
        return out;
    }

    private static final String[][] TOPICS = {
        {
            "Tamsford tram line",
            "Mayor Sela Wren opened the new tram line in Tamsford on Monday, two years after"
                    + " building began. \"The line links the station with the hospital,\" Wren said."
        },
        {
            "Brackwater ferry strike",
            "Ferry crews in Brackwater walked out on Tuesday over rosters. \"We will not"
                    + " sail until the rota is fixed,\" said union steward Ilse Marrow."
        },
        {
            "Kestrel valley flood",
            "The Kestrel river burst its banks on Wednesday, flooding farms near Ulmsby."
                    + " \"The water rose a metre in an hour,\" farmer Odo Venn said."
        },
        {
            "Corvale library reopens",
            "The Corvale library reopened on Thursday after a year of repairs. \"Readers"
                    + " waited long enough,\" librarian Petra Lusk said."
        }
    };

    /** {@code n} articles: the same few stories told by several outlets, a day apart. */
    static List<ObjectNode> news(int n) {
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] topic = TOPICS[i % TOPICS.length];
            int version = i / TOPICS.length;
            ObjectNode a = JSON.createObjectNode();
            a.put("id", "kill-" + i);
            a.put("title", topic[0] + (version == 0 ? "" : ": update " + version));
            a.put("published", "2031-05-" + String.format(java.util.Locale.ROOT, "%02d", 1 + version));
            a.put("outlet", "Outlet " + (char) ('A' + version % 26));
            a.put(
                    "text",
                    topic[1] + " Reporter " + i + " added that officials would say more on day " + (version + 2)
                            + ", and that the council met again on Friday.");
            out.add(a);
        }
        return out;
    }
}

package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.store.Store;
import io.storyline.store.WriteLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline check}: sound is 0, damage is 1 with the reason in words, --repair fixes, a second writer is refused. */
class CheckCommandTest {

    @TempDir
    Path tmp;

    private static Run run(String... args) {
        return Run.of(args);
    }

    private Path analysed() throws java.io.IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), """
                {"id": "a1", "title": "Ferry crews strike in Dunmere", "published": "2031-05-02", "text": "Ferry crews in Dunmere walked out on Friday over pay, the union said. Crossings to Holt Island were cancelled."}
                {"id": "a2", "title": "Dunmere ferry strike enters second day", "published": "2031-05-03", "text": "The Dunmere ferry strike entered its second day on Saturday. Union leader Mara Quill said crews would not return until pay talks resume."}
                {"id": "b1", "title": "Orrin bridge closed", "published": "2031-05-02", "text": "Engineers closed the Orrin bridge in Tamsford after finding a crack in a girder."}
                """);
        Path data = tmp.resolve("data");
        Run r = run("analyze", in.toString(), "--data", data.toString(), "--no-embeddings", "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        return data;
    }

    private static void sql(Path data, String sql) throws SQLException {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("storyline") + ";AUTO_SERVER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    @Test
    void soundStoreExitsZeroDamageExitsOneWithTheReasonAndRepairFixesIt() throws Exception {
        Path data = analysed();
        Run sound = run("check", "--data", data.toString());
        assertThat(sound.code()).as(sound.err()).isZero();
        assertThat(sound.out()).contains("3 articles").contains(": sound");

        sql(data, "UPDATE article SET doc = 'not json' WHERE id = 'b1'");
        sql(data, "UPDATE article SET content_hash = 'feedface' WHERE id = 'a2'");
        Run damaged = run("check", "--data", data.toString());
        assertThat(damaged.code()).isEqualTo(1);
        assertThat(damaged.err())
                .contains("(id \"b1\") does not decode")
                .contains("(id \"a2\"): the content-hash column (feedface) disagrees")
                .doesNotContain("which has no articles");
        assertThat(damaged.out()).contains("2 problems; run 'storyline check --repair'");

        Run repaired = run("check", "--repair", "--no-embeddings", "--data", data.toString());
        assertThat(repaired.code()).as(repaired.err()).isZero();
        assertThat(repaired.out())
                .contains("(id \"b1\") to the quarantine table")
                .contains("repaired: recomputed the content-hash column")
                .contains(": sound");
        Run after = run("check", "--data", data.toString());
        assertThat(after.code()).isZero();
        assertThat(after.out()).contains("2 articles").doesNotContain("note:");
    }

    @Test
    @SuppressWarnings("try") // the lock is held by being open
    void aSecondWriterIsRefusedNamingTheFirst() throws Exception {
        Path data = analysed();
        try (Store store = Store.open(data);
                WriteLock held = store.lockForWriting()) {
            Run second = run(
                    "analyze",
                    tmp.resolve("in").toString(),
                    "--data",
                    data.toString(),
                    "--no-embeddings",
                    "--no-progress");
            assertThat(second.code()).isEqualTo(1);
            assertThat(second.err().strip())
                    .startsWith("storyline: another writer holds " + data)
                    .contains("pid " + ProcessHandle.current().pid())
                    .contains("wait for it to finish");
        }
        Run after = run("check", "--data", data.toString());
        assertThat(after.code()).isZero();
    }
}

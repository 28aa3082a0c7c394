package io.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.cluster.AssemblyOptions;
import io.storyline.core.Article;
import io.storyline.digest.StoryDigester;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store corrupted one way at a time: check names what is wrong, repair fixes it, check is clean. */
class StoreCheckTest {

    @TempDir
    Path dir;

    private static StoryDigests digests(Store store) {
        return new StoryDigests(new StoryDigester(null), 0, store);
    }

    @BeforeEach
    void fill() {
        List<Article> all = new ArrayList<>(Fixtures.firstBatch());
        all.addAll(Fixtures.secondBatch());
        try (Store store = Store.open(dir);
                ArticleLoader loader =
                        ArticleLoader.open(store, TestPipelines.light(), AssemblyOptions.defaults(), 1)) {
            loader.load(all.iterator(), new LoadListener() {});
            digests(store).refresh(store, store.storyIds());
            store.digestsDone();
        }
    }

    /** Runs {@code sql} with {@code args} on the closed store's database, as a damaged disk or a bad tool would. */
    private void corrupt(String sql, String... args) throws SQLException {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("storyline") + ";AUTO_SERVER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            assertThat(ps.executeUpdate()).as("rows changed by %s", sql).isPositive();
        }
    }

    private static List<String> words(StoreCheck.Report r) {
        return r.findings().stream().map(StoreCheck.Finding::what).toList();
    }

    /** Check finds {@code expected} (and the store unsound), repair fixes it, and a check after is clean. */
    private void findsAndRepairs(String expected) {
        try (Store store = Store.open(dir)) {
            StoreCheck.Report found = StoreCheck.check(store);
            assertThat(found.sound()).as("%s", words(found)).isFalse();
            assertThat(String.join("\n", words(found))).contains(expected);
            StoreCheck.Report repaired = StoreCheck.repair(store, digests(store));
            assertThat(repaired.repaired()).isNotEmpty();
            assertThat(repaired.findings()).as("after repair").isEmpty();
        }
        try (Store store = Store.open(dir)) {
            StoreCheck.Report again = StoreCheck.check(store);
            assertThat(again.findings()).as("a reopened store after repair").isEmpty();
            assertThat(again.sound()).isTrue();
        }
    }

    @Test
    void aFreshStoreIsSoundWithNothingToSay() {
        try (Store store = Store.open(dir)) {
            StoreCheck.Report r = StoreCheck.check(store);
            assertThat(r.findings()).isEmpty();
            assertThat(r.articles()).isEqualTo(4);
            assertThat(r.stories()).isEqualTo(2);
            assertThat(r.digests()).isEqualTo(2);
        }
    }

    @Test
    void anArticleThatDoesNotDecodeIsNamedAndQuarantined() throws SQLException {
        corrupt("UPDATE article SET doc = '{\"id\": \"bridge-b\", \"text\": tru' WHERE id = 'bridge-b'");
        findsAndRepairs("(id \"bridge-b\") does not decode");
        try (Store store = Store.open(dir)) {
            assertThat(store.size()).isEqualTo(3);
            assertThat(store.quarantined()).as("kept, not lost").isEqualTo(1);
        }
    }

    @Test
    void aTextChangedAfterAnalysisIsNamed() throws SQLException {
        corrupt("UPDATE article SET doc = REPLACE(doc, 'Engineers closed', 'Engineers opened') WHERE id = 'bridge-a'");
        findsAndRepairs("its text does not hash to the content hash it was analysed under");
    }

    @Test
    void aContentHashColumnThatDisagreesIsRecomputed() throws SQLException {
        corrupt("UPDATE article SET content_hash = 'abc' WHERE id = 'election-a'");
        findsAndRepairs("the content-hash column (abc) disagrees with the document");
        try (Store store = Store.open(dir)) {
            assertThat(store.contentHash("election-a")).isNotEqualTo("abc");
            assertThat(store.size()).as("nothing quarantined").isEqualTo(4);
        }
    }

    @Test
    void aDigestOfAStoryWithoutArticlesIsNamedAndDropped() throws SQLException {
        corrupt(
                "INSERT INTO digest (story, basis, doc) SELECT 's99', basis, doc FROM digest WHERE story = ?",
                bridgeStory());
        findsAndRepairs("a digest is stored for story s99, which has no articles");
    }

    @Test
    void aDigestThatDoesNotDecodeIsNamedAndRecomputed() throws SQLException {
        corrupt("UPDATE digest SET doc = '[1, 2' WHERE story = ?", bridgeStory());
        findsAndRepairs("the digest of story " + bridgeStory() + " does not decode");
    }

    @Test
    void aDigestOfAnotherStoryUnderACurrentBasisIsNamed() throws SQLException {
        String bridge = bridgeStory();
        String election = electionStory();
        corrupt("UPDATE digest SET doc = (SELECT doc FROM digest WHERE story = ?) WHERE story = ?", election, bridge);
        findsAndRepairs("the digest of story " + bridge + " cites article \"election-");
    }

    @Test
    void aNearDuplicateMarkNamingAMissingArticleIsNamed() throws SQLException {
        corrupt("UPDATE article SET doc = REPLACE(doc, '\"nearDuplicateOf\":null', '\"nearDuplicateOf\":\"gone\"')"
                + " WHERE id = 'election-b'");
        findsAndRepairs("\"election-b\" is marked a near-duplicate of \"gone\", which is not stored");
    }

    @Test
    void staleDigestsAreSoundAndRepairRecomputesThem() throws SQLException {
        corrupt(
                "UPDATE digest SET basis = REPLACE(basis, 'v" + DigestCodec.FORMAT + " ', 'v0 ') WHERE story = ?",
                bridgeStory());
        corrupt("DELETE FROM digest WHERE story = ?", electionStory());
        try (Store store = Store.open(dir)) {
            StoreCheck.Report r = StoreCheck.check(store);
            assertThat(r.sound()).isTrue();
            assertThat(words(r)).singleElement().asString().startsWith("2 stories have a stale or missing digest");
            StoreCheck.Report repaired = StoreCheck.repair(store, digests(store));
            assertThat(repaired.repaired()).containsExactly("recomputed 2 digests");
            assertThat(repaired.findings()).isEmpty();
        }
    }

    private String bridgeStory() {
        try (Store store = Store.open(dir)) {
            return store.article("bridge-a").orElseThrow().story();
        }
    }

    private String electionStory() {
        try (Store store = Store.open(dir)) {
            return store.article("election-a").orElseThrow().story();
        }
    }
}

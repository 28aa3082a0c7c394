package io.storyline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * The tables of a {@link Store}: their schema ({@link #migrate}), its transactions ({@link
 * #inTransaction}), and the article table row by row, undecoded, for {@link StoreCheck}: reading rows,
 * looking them up through the indices, and the repairs (quarantine, content hash, rewrite, story
 * index). Every instance method holds the store's lock, as the store's own methods do.
 */
final class StoreRows {

    private final Store store;
    private final Connection db;
    private final ArticleCodec codec;

    StoreRows(Store store, Connection db, ArticleCodec codec) {
        this.store = store;
        this.db = db;
        this.codec = codec;
    }

    /** Creates the tables and indices the store needs, where missing, and records the schema version. */
    static void migrate(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS meta (k VARCHAR(64) PRIMARY KEY, v VARCHAR(1000))");
            st.execute("CREATE TABLE IF NOT EXISTS article (seq BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " id VARCHAR(200) NOT NULL UNIQUE, story VARCHAR(64) NOT NULL,"
                    + " content_hash VARCHAR(64) NOT NULL, doc CLOB NOT NULL)");
            st.execute("CREATE INDEX IF NOT EXISTS article_story ON article(story)");
            // One row per story: its digest and what it was computed from (the digest format version and
            // a hash of the story's articles), replaced whole in one statement, so a killed write
            // leaves the old row or the new one.
            st.execute("CREATE TABLE IF NOT EXISTS digest (story VARCHAR(64) PRIMARY KEY,"
                    + " basis VARCHAR(128) NOT NULL, doc CLOB NOT NULL)");
            // Story ids that a merge retired: a reopened story assembly must not found a story under them again.
            st.execute("CREATE TABLE IF NOT EXISTS retired_story (story VARCHAR(64) PRIMARY KEY)");
            // Article rows that 'check --repair' took out because they do not decode: kept, not lost.
            st.execute("CREATE TABLE IF NOT EXISTS quarantine (seq BIGINT PRIMARY KEY, id VARCHAR(200),"
                    + " story VARCHAR(64), content_hash VARCHAR(64), doc CLOB, reason VARCHAR(1000) NOT NULL)");
            st.execute("MERGE INTO meta KEY(k) VALUES ('schema', '" + Store.SCHEMA + "')");
        }
    }

    /** Statements run on the store's connection. */
    interface SqlWork {
        void run() throws SQLException;
    }

    /**
     * Runs {@code work} on {@code db} as one transaction: committed when it returns, rolled back when it
     * throws (and the exception passed on); the connection is back in auto-commit after, either way.
     */
    static void inTransaction(Connection db, SqlWork work) throws SQLException {
        db.setAutoCommit(false);
        try {
            work.run();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** One article row as stored, undecoded (for {@link StoreCheck}). */
    record Row(long seq, String id, String story, String contentHash, String doc) {}

    /** Every article row in storage order, undecoded. */
    void rows(Consumer<Row> action) {
        synchronized (store) {
            try (Statement st = db.createStatement();
                    ResultSet rs =
                            st.executeQuery("SELECT seq, id, story, content_hash, doc FROM article ORDER BY seq")) {
                while (rs.next()) {
                    action.accept(
                            new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read the article rows: " + Store.firstLine(e), e);
            }
        }
    }

    /** The article of {@code row}; throws when its document does not decode. */
    StoredArticle decode(Row row) {
        return codec.read(row.doc(), row.story());
    }

    /** The row position of article {@code id} as the id index finds it, or -1. */
    long seqOf(String id) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT seq FROM article WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1;
                }
            } catch (SQLException e) {
                throw new StoreException("cannot look up article " + id + ": " + Store.firstLine(e), e);
            }
        }
    }

    /** How many articles the story index finds in {@code story}. */
    int storySize(String story) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM article WHERE story = ?")) {
                ps.setString(1, story);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            } catch (SQLException e) {
                throw new StoreException("cannot count story " + story + ": " + Store.firstLine(e), e);
            }
        }
    }

    /** The schema version the store records. */
    String schema() {
        synchronized (store) {
            try (Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery("SELECT v FROM meta WHERE k = 'schema'")) {
                return rs.next() ? String.valueOf(rs.getString(1)) : "none";
            } catch (SQLException e) {
                throw new StoreException("cannot read the schema version: " + Store.firstLine(e), e);
            }
        }
    }

    /** Moves article row {@code seq} into the quarantine table with {@code reason}, in one transaction. */
    void quarantine(long seq, String reason) {
        synchronized (store) {
            try {
                inTransaction(db, () -> {
                    try (PreparedStatement ins = db.prepareStatement(
                                    "INSERT INTO quarantine (seq, id, story, content_hash, doc,"
                                            + " reason) SELECT seq, id, story, content_hash, doc, ? FROM article WHERE seq = ?");
                            PreparedStatement del = db.prepareStatement("DELETE FROM article WHERE seq = ?")) {
                        ins.setString(1, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
                        ins.setLong(2, seq);
                        ins.executeUpdate();
                        del.setLong(1, seq);
                        del.executeUpdate();
                    }
                });
            } catch (SQLException e) {
                throw new StoreException("cannot quarantine article row " + seq + ": " + Store.firstLine(e), e);
            }
        }
    }

    /** Sets the content hash column of article row {@code seq}. */
    void setContentHash(long seq, String hash) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("UPDATE article SET content_hash = ? WHERE seq = ?")) {
                ps.setString(1, hash);
                ps.setLong(2, seq);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot fix the content hash of row " + seq + ": " + Store.firstLine(e), e);
            }
        }
    }

    /** Replaces the document of article row {@code seq} with {@code a} (same id, story and text). */
    void rewrite(long seq, StoredArticle a) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("UPDATE article SET doc = ? WHERE seq = ?")) {
                ps.setString(1, codec.write(a));
                ps.setLong(2, seq);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot rewrite article row " + seq + ": " + Store.firstLine(e), e);
            }
        }
    }

    /** Drops and rebuilds the story index of the article table. */
    void rebuildStoryIndex() {
        synchronized (store) {
            try (Statement st = db.createStatement()) {
                st.execute("DROP INDEX IF EXISTS article_story");
                st.execute("CREATE INDEX article_story ON article(story)");
            } catch (SQLException e) {
                throw new StoreException("cannot rebuild the story index: " + Store.firstLine(e), e);
            }
        }
    }
}

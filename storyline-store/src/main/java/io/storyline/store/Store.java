package io.storyline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The embedded store: one data directory holding an H2 database of articles, their analysis and
 * their story. Each article is written in its own transaction, so a run that is killed leaves a
 * store that opens and holds only whole articles.
 *
 * <p>Several processes may open one data directory (H2's automatic mixed mode: the first serves
 * the database to the others on a loopback port), so {@code serve} reads what {@code analyze} is
 * writing; still, one process should write at a time, since each keeps its own story assembly.
 * Methods are synchronized; the store is safe to share between threads.
 */
public final class Store implements AutoCloseable {

    static final int SCHEMA = 1;
    private static final String BIND_ADDRESS = "h2.bindAddress";

    private final Path dir;
    private final Connection db;
    private final ArticleCodec codec = new ArticleCodec();

    private Store(Path dir, Connection db) {
        this.dir = dir;
        this.db = db;
    }

    /** Opens (creating if needed) the store in {@code dir}. */
    public static Store open(Path dir) {
        try {
            java.nio.file.Files.createDirectories(dir);
            // AUTO_SERVER: the first process to open the directory serves it to the others over TCP
            // (H2's automatic mixed mode), so 'serve' reads while 'analyze' writes; when that process
            // closes, another takes over. H2 would listen on every interface: keep it on loopback.
            if (System.getProperty(BIND_ADDRESS) == null) {
                System.setProperty(BIND_ADDRESS, "127.0.0.1");
            }
            String url =
                    "jdbc:h2:file:" + dir.toAbsolutePath().resolve("storyline") + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
            Connection c = DriverManager.getConnection(url, "sa", "");
            Store s = new Store(dir, c);
            StoreRows.migrate(c);
            return s;
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create data directory " + dir + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store in " + dir + ": " + firstLine(e), e);
        }
    }

    static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    public Path directory() {
        return dir;
    }

    /** The content hash of the stored article {@code id}, if there is one. */
    public synchronized Optional<String> contentHash(String id) {
        try (PreparedStatement ps = db.prepareStatement("SELECT content_hash FROM article WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id + ": " + firstLine(e), e);
        }
    }

    /** Stores one article in one transaction. */
    public synchronized void put(StoredArticle a) {
        put(a, List.of(), Map.of());
    }

    /**
     * Stores one article and the story changes that placing it caused, in one transaction, so a killed
     * run leaves all of it or none of it: every article of {@code moved} goes to its new story, and every
     * story of {@code retired} (merged away or emptied by story assembly) loses its digest and has its id
     * retired. Marks the digests pending (see {@link #digestsPending}).
     */
    public synchronized void put(StoredArticle a, List<String> retired, Map<String, String> moved) {
        String doc = codec.write(a);
        try {
            StoreRows.inTransaction(db, () -> {
                for (Map.Entry<String, String> m : moved.entrySet()) {
                    update("UPDATE article SET story = ? WHERE id = ?", m.getValue(), m.getKey());
                }
                for (String from : retired) {
                    update("DELETE FROM digest WHERE story = ?", from);
                    update("MERGE INTO retired_story KEY(story) VALUES (?)", from);
                }
                update(
                        "INSERT INTO article (id, story, content_hash, doc) VALUES (?, ?, ?, ?)",
                        a.id(),
                        a.story(),
                        a.contentHash(),
                        doc);
                update("MERGE INTO meta KEY(k) VALUES ('digests', 'pending')");
            });
        } catch (SQLException e) {
            throw new StoreException("cannot store article " + a.id() + ": " + firstLine(e), e);
        }
    }

    private int update(String sql, String... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** The story ids that story assembly retired (see {@link #put(StoredArticle, List, Map)}). */
    public synchronized Set<String> retiredStories() {
        return strings("SELECT story FROM retired_story", "cannot read the retired story ids");
    }

    /**
     * Whether articles were stored since the digests were last brought up to date for the whole store
     * ({@link #digestsDone}): true after a run that was killed before it digested what it stored.
     */
    public synchronized boolean digestsPending() {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT v FROM meta WHERE k = 'digests'")) {
            return rs.next() && "pending".equals(rs.getString(1));
        } catch (SQLException e) {
            throw new StoreException("cannot read the digest state: " + firstLine(e), e);
        }
    }

    /** Records that every story's digest is current (clears {@link #digestsPending}). */
    public synchronized void digestsDone() {
        try {
            update("DELETE FROM meta WHERE k = 'digests'");
        } catch (SQLException e) {
            throw new StoreException("cannot record the digest state: " + firstLine(e), e);
        }
    }

    /**
     * Takes the one writer's lock of this data directory (file {@code write.lock}), or fails at once
     * with a message naming the process that holds it. Story assembly lives in the writing process,
     * so two writers would found stories under the same ids: one writes at a time.
     */
    public WriteLock lockForWriting() {
        return WriteLock.acquire(dir);
    }

    /**
     * Moves every article of story {@code from} into story {@code to} (story assembly merged them), in
     * one transaction.
     */
    public synchronized void mergeStory(String from, String to) {
        try {
            update("UPDATE article SET story = ? WHERE story = ?", to, from);
        } catch (SQLException e) {
            throw new StoreException("cannot merge story " + from + " into " + to + ": " + firstLine(e), e);
        }
    }

    public synchronized Optional<StoredArticle> article(String id) {
        try (PreparedStatement ps = db.prepareStatement("SELECT doc, story FROM article WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(codec.read(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id + ": " + firstLine(e), e);
        }
    }

    /** The story of stored article {@code id} (without decoding the article), or empty. */
    public synchronized Optional<String> storyOf(String id) {
        try (PreparedStatement ps = db.prepareStatement("SELECT story FROM article WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the story of article " + id + ": " + firstLine(e), e);
        }
    }

    /** Every stored article, in the order they were stored. */
    public synchronized void forEach(Consumer<StoredArticle> action) {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT doc, story FROM article ORDER BY seq")) {
            while (rs.next()) {
                action.accept(codec.read(rs.getString(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the articles: " + firstLine(e), e);
        }
    }

    /**
     * The articles of one story, in the order they were stored. The documents are decoded after the
     * store's lock is released, so a long story does not hold up the writer and the other readers.
     */
    public List<StoredArticle> story(String storyId) {
        List<String> docs = new ArrayList<>();
        synchronized (this) {
            try (PreparedStatement ps = db.prepareStatement("SELECT doc FROM article WHERE story = ? ORDER BY seq")) {
                ps.setString(1, storyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        docs.add(rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read story " + storyId + ": " + firstLine(e), e);
            }
        }
        List<StoredArticle> out = new ArrayList<>(docs.size());
        for (String doc : docs) {
            out.add(codec.read(doc, storyId));
        }
        return out;
    }

    /** The ids of the articles of story {@code storyId}, in the order they were stored; nothing is decoded. */
    public synchronized List<String> storyArticleIds(String storyId) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT id FROM article WHERE story = ? ORDER BY seq")) {
            ps.setString(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the article ids of story " + storyId + ": " + firstLine(e), e);
        }
        return out;
    }

    /**
     * The articles stored after {@code position} (see {@link #lastPosition}) and up to {@code upTo}, in
     * the order they were stored, each with its story as stored now; decoded after the store's lock is
     * released.
     */
    public List<StoredArticle> storedBetween(long position, long upTo) {
        List<String[]> rows = new ArrayList<>();
        synchronized (this) {
            try (PreparedStatement ps =
                    db.prepareStatement("SELECT doc, story FROM article WHERE seq > ? AND seq <= ? ORDER BY seq")) {
                ps.setLong(1, position);
                ps.setLong(2, upTo);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read the articles stored after " + position + ": " + firstLine(e), e);
            }
        }
        List<StoredArticle> out = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            out.add(codec.read(row[0], row[1]));
        }
        return out;
    }

    /** Story id → article ids, stories in the order they were founded. */
    public synchronized Map<String, List<String>> stories() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT story, id FROM article ORDER BY seq")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the stories: " + firstLine(e), e);
        }
        return out;
    }

    /** Story id → how many articles it holds now, for every story that holds one (nothing decoded). */
    public synchronized Map<String, Integer> storySizes() {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT story, COUNT(*) FROM article GROUP BY story")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the stories' articles: " + firstLine(e), e);
        }
        return out;
    }

    /** The ids of the stories that hold articles now. */
    public synchronized Set<String> storyIds() {
        return strings("SELECT DISTINCT story FROM article", "cannot read the story ids");
    }

    public synchronized int size() {
        return count("SELECT COUNT(*) FROM article", "cannot count the articles");
    }

    /**
     * The position of the last stored article (positions grow with every article stored), or 0 for
     * an empty store: a cheap way to see whether anything was added since the last look.
     */
    public synchronized long lastPosition() {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM article")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot read the last position: " + firstLine(e), e);
        }
    }

    /** The ids of the stories that gained an article after {@code position} (see {@link #lastPosition}). */
    public synchronized Set<String> storiesSince(long position) {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement ps =
                db.prepareStatement("SELECT story FROM article WHERE seq > ? GROUP BY story ORDER BY MIN(seq)")) {
            ps.setLong(1, position);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the stories changed since " + position + ": " + firstLine(e), e);
        }
        return out;
    }

    /**
     * A story's stored digest document and its basis (what it was computed from: see {@link
     * StoryDigests}).
     *
     * @param basis the digest format version and a hash of the story's articles when it was computed
     * @param doc the digest as JSON
     */
    record StoredDigest(String basis, String doc) {}

    /** The digest rows, for {@link StoryDigests} and {@link StoreCheck}; they lock this store. */
    DigestRows digestRows() {
        return new DigestRows(this, db);
    }

    /** The raw article rows, for {@link StoreCheck}; they lock this store. */
    StoreRows rows() {
        return new StoreRows(this, db, codec);
    }

    /** How many story digests are stored. */
    public synchronized int digestCount() {
        return count("SELECT COUNT(*) FROM digest", "cannot count the digests");
    }

    /** How many article rows are in quarantine. */
    public synchronized int quarantined() {
        return count("SELECT COUNT(*) FROM quarantine", "cannot count the quarantined rows");
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store in " + dir + ": " + firstLine(e), e);
        }
    }

    /** The first column of every row {@code sql} selects, in order; a failure says it {@code cannot}. */
    private Set<String> strings(String sql, String cannot) {
        Set<String> out = new LinkedHashSet<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException(cannot + ": " + firstLine(e), e);
        }
        return out;
    }

    /** The count {@code sql} selects; a failure says it {@code cannot}. */
    private int count(String sql, String cannot) {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException(cannot + ": " + firstLine(e), e);
        }
    }
}

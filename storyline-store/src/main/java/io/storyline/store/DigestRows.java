package io.storyline.store;

import io.storyline.store.Store.StoredDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The story-digest rows of a {@link Store}: read, written and deleted one story at a time, each
 * call holding the store's lock (as the store's own methods do). Obtained from {@link
 * Store#digestRows}; not to be kept past the store's {@link Store#close}.
 */
final class DigestRows {
    private final Store store;
    private final Connection db;

    DigestRows(Store store, Connection db) {
        this.store = store;
        this.db = db;
    }

    /** The basis of the stored digest of {@code storyId} (its document is not read), if one was stored. */
    Optional<String> digestBasis(String storyId) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT basis FROM digest WHERE story = ?")) {
                ps.setString(1, storyId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException(
                        "cannot read the digest basis of story " + storyId + ": " + Store.firstLine(e), e);
            }
        }
    }

    /** The stored digest of {@code storyId}, if one was stored. */
    Optional<StoredDigest> digest(String storyId) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("SELECT basis, doc FROM digest WHERE story = ?")) {
                ps.setString(1, storyId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new StoredDigest(rs.getString(1), rs.getString(2)))
                            : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read the digest of story " + storyId + ": " + Store.firstLine(e), e);
            }
        }
    }

    /** Stores (or replaces) the digest of {@code storyId} in one transaction. */
    void putDigest(String storyId, StoredDigest digest) {
        synchronized (store) {
            try (PreparedStatement ps = db.prepareStatement("MERGE INTO digest KEY(story) VALUES (?, ?, ?)")) {
                ps.setString(1, storyId);
                ps.setString(2, digest.basis());
                ps.setString(3, digest.doc());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot store the digest of story " + storyId + ": " + Store.firstLine(e), e);
            }
        }
    }

    /** Every stored digest: story id → digest. */
    Map<String, StoredDigest> digests() {
        synchronized (store) {
            Map<String, StoredDigest> out = new LinkedHashMap<>();
            try (Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery("SELECT story, basis, doc FROM digest ORDER BY story")) {
                while (rs.next()) {
                    out.put(rs.getString(1), new StoredDigest(rs.getString(2), rs.getString(3)));
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read the digests: " + Store.firstLine(e), e);
            }
            return out;
        }
    }

    /** Deletes the stored digest of {@code story}, if any. */
    void deleteDigest(String story) {
        synchronized (store) {
            try {
                try (PreparedStatement ps = db.prepareStatement("DELETE FROM digest WHERE story = ?")) {
                    ps.setString(1, story);
                    ps.executeUpdate();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot delete the digest of story " + story + ": " + Store.firstLine(e), e);
            }
        }
    }
}

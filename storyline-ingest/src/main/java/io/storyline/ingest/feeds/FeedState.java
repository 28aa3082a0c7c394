package io.storyline.ingest.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the watcher remembers between runs, one JSON file ({@code feeds.json} in the data directory):
 * per feed, its ETag and Last-Modified for conditional GET and the entries already taken (the newest
 * {@value #MAX_SEEN} per feed). Saved by writing a temporary file beside it and moving it into place,
 * so a crash never leaves a half-written file. Not thread-safe; one watcher per data directory.
 */
final class FeedState {

    static final int MAX_SEEN = 20_000;

    /** One feed's memory. */
    static final class Feed {
        @Nullable
        String etag;

        @Nullable
        String lastModified;

        final LinkedHashSet<String> seen = new LinkedHashSet<>();

        void see(String key) {
            seen.remove(key);
            seen.add(key);
            Iterator<String> oldest = seen.iterator();
            while (seen.size() > MAX_SEEN) {
                oldest.next();
                oldest.remove();
            }
        }
    }

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, Feed> feeds = new LinkedHashMap<>();

    private FeedState(Path file) {
        this.file = file;
    }

    /** Loads {@code file}, or starts empty when it does not exist. */
    static FeedState load(Path file) {
        FeedState state = new FeedState(file);
        if (!Files.exists(file)) {
            return state;
        }
        try {
            JsonNode root = state.mapper.readTree(file.toFile());
            JsonNode feeds = root == null ? null : root.get("feeds");
            if (feeds == null || !feeds.isObject()) {
                throw new IllegalStateException(
                        "feed state " + file + " has no \"feeds\" object; delete it to start afresh");
            }
            feeds.properties().forEach(e -> state.feeds.put(e.getKey(), read(e.getValue())));
            return state;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot read feed state " + file + ": " + e.getMessage() + "; delete it to start afresh", e);
        }
    }

    private static Feed read(JsonNode n) {
        Feed f = new Feed();
        f.etag = text(n.get("etag"));
        f.lastModified = text(n.get("lastModified"));
        JsonNode seen = n.get("seen");
        if (seen != null && seen.isArray()) {
            seen.forEach(s -> {
                if (s.isTextual()) {
                    f.seen.add(s.asText());
                }
            });
        }
        return f;
    }

    private static @Nullable String text(@Nullable JsonNode n) {
        return n == null || !n.isTextual() ? null : n.asText();
    }

    Feed feed(String url) {
        return feeds.computeIfAbsent(url, k -> new Feed());
    }

    /** Writes the state atomically. */
    void save() {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", 1);
        ObjectNode all = root.putObject("feeds");
        feeds.forEach((url, f) -> {
            ObjectNode n = all.putObject(url);
            n.put("etag", f.etag);
            n.put("lastModified", f.lastModified);
            ArrayNode seen = n.putArray("seen");
            f.seen.forEach(seen::add);
        });
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".feeds", ".tmp");
            try {
                mapper.writeValue(tmp.toFile(), root);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write feed state " + file, e);
        }
    }
}

package io.storyline.server;

import io.storyline.store.StoredArticle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The articles of the most recently read stories, in story order, each remembered with the story's
 * position in the catalog (which changes whenever the story gains an article), so a story page does
 * not read and decode its articles again while the story is unchanged. Thread-safe.
 */
final class StoryArticles {

    private record Entry(long position, List<StoredArticle> ordered) {}

    private final int keep;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    StoryArticles(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be >= 1, got " + keep);
        }
        this.keep = keep;
    }

    /** The articles of story {@code id} as read at {@code position}, if they are remembered. */
    synchronized Optional<List<StoredArticle>> get(String id, long position) {
        Entry e = entries.get(id);
        return e != null && e.position() == position ? Optional.of(e.ordered()) : Optional.empty();
    }

    /** Remembers the articles of story {@code id} (in story order) as read at {@code position}. */
    synchronized void put(String id, long position, List<StoredArticle> ordered) {
        entries.put(id, new Entry(position, List.copyOf(ordered)));
        if (entries.size() > keep) {
            entries.remove(entries.keySet().iterator().next());
        }
    }
}

package io.storyline.speakers;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * All mentions of one written form of a speaker in a story (one builder per form while a story is
 * canonicalised; not shared between threads).
 */
final class Mentions {

    final String key;
    final EntityKind kind;
    final String display;
    final @Nullable PersonName person;
    int quotes;
    int mentions;
    final Map<String, Integer> surfaces = new LinkedHashMap<>();
    final Map<String, Integer> roles = new LinkedHashMap<>();
    final Map<String, Integer> appositives = new LinkedHashMap<>();
    /** Texts that may hold a side cue, each with a weight. */
    final Map<String, Integer> cues = new LinkedHashMap<>();

    final Set<String> articles = new HashSet<>();

    Mentions(String key, EntityKind kind, String display, @Nullable PersonName person) {
        this.key = key;
        this.kind = kind;
        this.display = display;
        this.person = person;
    }

    int weight() {
        return 2 * quotes + mentions;
    }

    void surface(String written) {
        surfaces.merge(written, 1, Integer::sum);
    }

    void role(@Nullable String role) {
        if (role != null && !role.isBlank()) {
            roles.merge(role.strip(), 1, Integer::sum);
        }
    }

    /** An appositive after the name, kept as a role when no title was written before it. */
    void appositive(String text) {
        String t = text.replaceFirst("^(?i)(a|an|the)\\s+", "").strip();
        if (!t.isEmpty() && !t.startsWith("who") && t.split("\\s+").length <= 12) {
            appositives.merge(t, 1, Integer::sum);
        }
    }

    void cue(String text, int weight) {
        if (!text.isBlank()) {
            cues.merge(text, weight, Integer::sum);
        }
    }

    static <K> @Nullable K top(Map<K, Integer> counts) {
        K best = null;
        int max = 0;
        for (Map.Entry<K, Integer> e : counts.entrySet()) {
            if (e.getValue() > max) {
                best = e.getKey();
                max = e.getValue();
            }
        }
        return best;
    }

    static <K> void addAll(Map<K, Integer> into, Map<K, Integer> from) {
        from.forEach((k, v) -> into.merge(k, v, Integer::sum));
    }

    static List<String> byCount(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }
}

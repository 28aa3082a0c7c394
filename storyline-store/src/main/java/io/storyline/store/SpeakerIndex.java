package io.storyline.store;

import io.storyline.speakers.Speaker;
import io.storyline.speakers.SpeakerDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Store-wide speakers built story by story with {@link SpeakerDirectory}: the same person quoted in
 * several stories gets one global id ("g1", …). Not thread-safe: one per export.
 */
final class SpeakerIndex {

    private final SpeakerDirectory directory = new SpeakerDirectory();
    private List<Speaker> global = List.of();
    private final Map<String, Set<String>> stories = new LinkedHashMap<>();

    /** Adds the speakers of {@code story}; returns story speaker id → global id. */
    Map<String, String> add(String story, List<Speaker> speakers) {
        SpeakerDirectory.Merge m = directory.merge(global, speakers);
        global = m.global();
        m.ids()
                .values()
                .forEach(g ->
                        stories.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(story));
        return m.ids();
    }

    List<Speaker> global() {
        return global;
    }

    List<String> stories(String globalId) {
        return new ArrayList<>(stories.getOrDefault(globalId, Set.of()));
    }
}

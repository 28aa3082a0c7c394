package io.storyline.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The stories assembled so far: each story's {@link StoryProfile} (in founding order), each
 * article's story, the {@link StoryIndex} that finds them, the next story id ({@code s1, s2, …}),
 * and the features of the latest placed articles, which the re-clustering needs. Every change to a
 * story goes through here, so the index and the article → story map never disagree with the
 * profiles. Not thread-safe.
 */
final class StoryTable {

    /**
     * How many of the latest placed articles keep their features: only a story whose articles are all
     * kept is re-clustered (bounds the memory re-clustering needs).
     */
    private static final int KEPT = 8_192;

    final StoryIndex index;
    private final Map<String, StoryProfile> stories = new LinkedHashMap<>();
    private final Map<String, String> storyOf = new HashMap<>();
    private final LinkedHashMap<String, ArticleFeatures> kept = new LinkedHashMap<>();
    private int nextStory = 1;

    StoryTable(AssemblyOptions options) {
        index = new StoryIndex(options);
    }

    @Nullable
    StoryProfile get(String story) {
        return stories.get(story);
    }

    /** The profiles of the stories with these ids (ids of stories that no longer exist are skipped). */
    List<StoryProfile> profiles(Collection<String> ids) {
        List<StoryProfile> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            StoryProfile p = stories.get(id);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether {@code p} is still a story here (not merged or regrouped away). */
    boolean holds(StoryProfile p) {
        return stories.get(p.id) == p;
    }

    @Nullable
    String storyOf(String article) {
        return storyOf.get(article);
    }

    /** Number of articles placed. */
    int articles() {
        return storyOf.size();
    }

    /** Story id → article ids, in founding order. */
    Map<String, List<String>> stories() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        stories.forEach((id, p) -> out.put(id, List.copyOf(p.articles)));
        return out;
    }

    /** The story {@code id}, made (empty) when there is none; the next story id is not moved. */
    StoryProfile named(String id) {
        return stories.computeIfAbsent(id, StoryProfile::new);
    }

    /** A new, empty story with the next id. */
    StoryProfile found() {
        StoryProfile p = new StoryProfile(nextId());
        stories.put(p.id, p);
        return p;
    }

    /** The next story id, taken. */
    String nextId() {
        return "s" + nextStory++;
    }

    /** The number the next founded story will have. */
    int nextNumber() {
        return nextStory;
    }

    /** Keeps {@code storyId} from being founded again: later stories get higher numbers. */
    void reserve(String storyId) {
        if (storyId.startsWith("s")) {
            try {
                nextStory = Math.max(nextStory, Integer.parseInt(storyId.substring(1)) + 1);
            } catch (NumberFormatException e) {
                // a story id of another shape takes no number
            }
        }
    }

    /** The number of a story id {@code sN}, or {@link Integer#MAX_VALUE} for an id of another shape. */
    static int number(String storyId) {
        if (storyId.startsWith("s")) {
            try {
                return Integer.parseInt(storyId.substring(1));
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Puts article {@code f} in story {@code p}: the profile, the article's story, kept features, the index. */
    void attach(StoryProfile p, ArticleFeatures f) {
        p.add(f);
        storyOf.put(f.id(), p.id);
        keep(f);
        index.add(f, p.id);
    }

    /**
     * Moves every article of {@code from} into {@code to}: an article that would join both says they
     * are one story, whichever order their articles came in. Costs the size of {@code from}'s profile.
     */
    void merge(StoryProfile from, StoryProfile to) {
        to.absorb(from);
        stories.remove(from.id);
        for (String a : from.articles) {
            storyOf.put(a, to.id);
        }
        index.move(from, to.id);
    }

    /** Takes story {@code p} out of the index; out of the table too unless {@code stays}. */
    void withdraw(StoryProfile p, boolean stays) {
        index.unpostAll(p);
        if (!stays) {
            stories.remove(p.id);
        }
    }

    /**
     * Installs {@code p} (a regrouped story, under an id of its own) with its articles and its
     * postings; every article whose story changed is put in {@code moved} with its new story.
     */
    void install(StoryProfile p, Map<String, String> moved) {
        stories.put(p.id, p);
        for (String a : p.articles) {
            if (!p.id.equals(storyOf.put(a, p.id))) {
                moved.put(a, p.id);
            }
        }
        index.postAll(p);
    }

    /** The kept features of article {@code id}, or null when they were forgotten. */
    @Nullable
    ArticleFeatures kept(String id) {
        return kept.get(id);
    }

    /** Whether every article of {@code p} still has its features kept. */
    boolean keptAll(StoryProfile p) {
        for (String a : p.articles) {
            if (!kept.containsKey(a)) {
                return false;
            }
        }
        return true;
    }

    /** Keeps {@code f} for re-clustering, forgetting the longest-kept article beyond {@link #KEPT}. */
    private void keep(ArticleFeatures f) {
        kept.remove(f.id());
        kept.put(f.id(), f);
        if (kept.size() > KEPT) {
            Iterator<String> it = kept.keySet().iterator();
            it.next();
            it.remove();
        }
    }
}

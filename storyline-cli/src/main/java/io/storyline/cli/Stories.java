package io.storyline.cli;

import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryDigests;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds a story's articles from a story id or the id of one of its articles. */
final class Stories {

    private Stories() {}

    /**
     * The story's articles in story order (publication date, undated last, then arrival), from a story
     * id or the id of one of its articles.
     */
    static List<StoredArticle> inOrder(Store store, String id, DataOptions data) {
        return StoryDigests.inStoryOrder(resolve(store, id, data));
    }

    /** Article id → its number in {@code ordered} from 1, as the commands cite articles ("[2]"). */
    static Map<String, Integer> numbers(List<StoredArticle> ordered) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            out.put(ordered.get(i).id(), i + 1);
        }
        return out;
    }

    static List<StoredArticle> resolve(Store store, String id, DataOptions data) {
        List<StoredArticle> arts = store.story(id);
        if (!arts.isEmpty()) {
            return arts;
        }
        String storyId = store.article(id).map(StoredArticle::story).orElse(null);
        if (storyId == null) {
            throw new IllegalArgumentException(
                    "no story or article '" + id + "' in " + data.data + ": 'storyline stories' lists them");
        }
        return store.story(storyId);
    }
}

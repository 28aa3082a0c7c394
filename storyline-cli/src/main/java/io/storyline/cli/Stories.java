package io.storyline.cli;

import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import java.util.List;

/** Finds a story's articles from a story id or the id of one of its articles. */
final class Stories {

    private Stories() {}

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

package io.storyline.stream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored articles that story assembly moved to another story during one batch (a merge, or the
 * re-clustering of the stories a new article touched), net of moves back: each article's story before
 * the batch and after it. Filled from the loading thread, read after it; not thread-safe.
 */
public final class StoryMoves {

    StoryMoves() {}

    /**
     * An article that is in another story than before the batch.
     *
     * @param article the article id
     * @param from its story before the batch
     * @param to its story after the batch
     */
    public record Move(String article, String from, String to) {}

    private final Map<String, String> before = new LinkedHashMap<>();
    private final Map<String, String> after = new LinkedHashMap<>();

    /** Story assembly moved {@code article} from story {@code from} to story {@code into}. */
    void moved(String article, String from, String into) {
        before.putIfAbsent(article, from);
        after.put(article, into);
    }

    /**
     * The articles whose story after the batch differs from their story before it, in the order they
     * first moved; articles of {@code fresh} (stored by this batch, so in no story before it) are left
     * out.
     */
    List<Move> net(Set<String> fresh) {
        List<Move> out = new ArrayList<>();
        before.forEach((article, from) -> {
            String to = after.get(article);
            if (to != null && !to.equals(from) && !fresh.contains(article)) {
                out.add(new Move(article, from, to));
            }
        });
        return out;
    }
}

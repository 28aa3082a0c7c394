package io.storyline.spark;

import io.storyline.cluster.AssemblyOptions;
import io.storyline.cluster.StoryAssembler;
import io.storyline.store.ArticleLoader;
import io.storyline.store.StoredArticle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stories the embedded path ({@code storyline analyze}) makes of the same analysed articles: the
 * loader's assembler, one article at a time in the stream order, with its running idf.
 */
final class EmbeddedStories {

    private EmbeddedStories() {}

    /** Article id → embedded story id. */
    static Map<String, String> of(List<StoredArticle> articles) {
        List<StoredArticle> ordered = articles.stream()
                .sorted(Comparator.comparing(
                        a -> StreamOrder.key(a.id(), a.article().published())))
                .toList();
        StoryAssembler assembler = ArticleLoader.assembler(AssemblyOptions.defaults());
        ordered.forEach(a -> assembler.add(a.features()));
        Map<String, String> out = new HashMap<>();
        assembler.stories().forEach((story, ids) -> ids.forEach(id -> out.put(id, story)));
        return out;
    }
}

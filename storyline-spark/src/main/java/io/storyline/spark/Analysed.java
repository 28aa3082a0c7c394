package io.storyline.spark;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.Pipeline;
import io.storyline.cluster.ArticleFeatures;
import io.storyline.core.Article;
import io.storyline.store.ArticleCodec;
import io.storyline.store.StoredArticle;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One article after the article stages: its whole analysis as the store's JSON document ({@link
 * ArticleCodec}, story not yet set) and its grouping features; or why its analysis failed.
 */
@SuppressWarnings("ArrayRecordComponent") // bytes travel through shuffles; never compared as values
record Analysed(
        String input,
        String id,
        String order,
        @Nullable String doc,
        byte @Nullable [] features,
        @Nullable String error) implements Serializable {

    /**
     * Analyses the articles of one partition with this executor's pipeline ({@link ExecutorModels}):
     * the CLI's pipeline, loaded once per JVM. An article whose analysis throws is reported, not
     * fatal.
     */
    static Iterator<Analysed> partition(Iterator<Inputs.Item> items, boolean embeddings) {
        Pipeline pipeline = ExecutorModels.pipeline(embeddings);
        ArticleCodec codec = new ArticleCodec();
        List<Analysed> out = new ArrayList<>();
        while (items.hasNext()) {
            Inputs.Item item = items.next();
            Inputs.ArticleRow row = item.article();
            if (row == null) {
                continue;
            }
            Article a = row.article();
            String order = StreamOrder.key(a.id(), a.published());
            try {
                AnalyzedArticle analysed = pipeline.analyze(a);
                ArticleFeatures f = ArticleFeatures.of(analysed);
                StoredArticle s = StoredArticle.of(analysed, f, "", null);
                out.add(new Analysed(item.input(), a.id(), order, codec.write(s), FeatureCodec.encode(f), null));
            } catch (RuntimeException e) {
                out.add(new Analysed(item.input(), a.id(), order, null, null, "analysis failed: " + e));
            }
        }
        return out.iterator();
    }
}

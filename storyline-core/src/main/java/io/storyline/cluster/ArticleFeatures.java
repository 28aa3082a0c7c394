package io.storyline.cluster;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.TermStage;
import io.storyline.dedup.Fingerprint;
import io.storyline.embed.Embedding;
import io.storyline.names.Name;
import io.storyline.names.NameType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What story assembly needs of one article: its content-word counts, its names, its date, its
 * fingerprint and its embedding. Small enough to keep for every stored article.
 *
 * @param id article id
 * @param published publication date, or null
 * @param terms content-word lemma counts, lead terms counted more; keys {@code #YYYY} are years the
 *     text mentions
 * @param names name keys with how often each is mentioned, and the type of the first mention
 * @param nameTypes type of each name key
 * @param fingerprint MinHash signature, or null when the article had no text to hash
 * @param embedding embedding of the lead, or null when embeddings are off
 */
public record ArticleFeatures(
        String id,
        @Nullable LocalDate published,
        Map<String, Integer> terms,
        Map<String, Integer> names,
        Map<String, NameType> nameTypes,
        @Nullable Fingerprint fingerprint,
        @Nullable Embedding embedding) {

    public ArticleFeatures {
        terms = Map.copyOf(terms);
        names = Map.copyOf(names);
        nameTypes = Map.copyOf(nameTypes);
    }

    /** Whether a term key stands for a year the text mentions ({@link TermStage#YEAR}). */
    public static boolean isYear(String key) {
        return key.startsWith(TermStage.YEAR);
    }

    /** The features of an analysed article (needs TERMS and NAMES; fingerprint and embedding optional). */
    public static ArticleFeatures of(AnalyzedArticle a) {
        Map<String, Integer> names = new LinkedHashMap<>();
        Map<String, NameType> types = new LinkedHashMap<>();
        for (Name n : a.names()) {
            names.merge(n.key(), 1, Integer::sum);
            types.putIfAbsent(n.key(), n.type());
        }
        return new ArticleFeatures(
                a.id(), a.article().published(), a.terms(), names, types, a.fingerprint(), a.embedding());
    }
}

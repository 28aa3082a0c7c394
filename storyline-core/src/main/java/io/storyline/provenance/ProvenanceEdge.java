package io.storyline.provenance;

import java.util.List;
import java.util.Objects;

/**
 * The article derives from, or cites, a source.
 *
 * @param article the deriving (or citing) article id
 * @param source another article id, or {@code upstream:NAME} for a source outside the corpus
 * @param relation copy, rewrite, translation, garbled-copy or credits
 * @param credited whether the article names the source
 * @param direction what decided which side derives: {@code published} (dates), {@code content}
 *     (text evidence: garbling, trimming, crediting), or {@code arrival} (same day and no text evidence: the article that
 *     arrived later in the story copies the earlier)
 * @param evidence aligned passages or the crediting phrases
 */
public record ProvenanceEdge(
        String article, String source, Relation relation, boolean credited, String direction, List<Evidence> evidence) {

    public ProvenanceEdge {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(direction, "direction");
        evidence = List.copyOf(evidence);
        if (article.equals(source)) {
            throw new IllegalArgumentException("an article cannot derive from itself: " + article);
        }
    }

    /** Whether the source is outside the corpus. */
    public boolean upstream() {
        return source.startsWith("upstream:");
    }
}

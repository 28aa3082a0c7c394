package io.storyline.provenance;

import io.storyline.core.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * The article derives from, or cites, a source.
 *
 * @param article the deriving (or citing) article id
 * @param source another article of the story, or a source outside the corpus
 * @param relation copy, rewrite, translation, garbled-copy or credits
 * @param credited whether the article names the source
 * @param direction what decided which side derives
 * @param evidence aligned passages or the crediting phrases
 */
public record ProvenanceEdge(
        String article,
        SourceRef source,
        Relation relation,
        boolean credited,
        DirectionBasis direction,
        List<Evidence> evidence) {

    public ProvenanceEdge {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(direction, "direction");
        evidence = List.copyOf(evidence);
        if (source.equals(SourceRef.article(article))) {
            throw new IllegalArgumentException("an article cannot derive from itself: " + article);
        }
    }

    /** Whether the source is outside the corpus. */
    public boolean upstream() {
        return source.upstream();
    }
}

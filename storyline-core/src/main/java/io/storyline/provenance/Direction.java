package io.storyline.provenance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which of two related articles derives from the other, and what decided it: the later publication
 * date ({@code published}); on equal or unknown dates, the garbled one, then the one more fully
 * covered by the other, a trimmed copy or translation ({@code content}); else the one that arrived
 * later in the story ({@code arrival}).
 *
 * @param firstDerives whether the first article derives from the second
 * @param basis what decided it, as in {@link ProvenanceEdge#direction()}
 */
record Direction(boolean firstDerives, DirectionBasis basis) {

    /** Coverage difference from which the more covered article counts as the derived one. */
    private static final double COVERAGE_GAP = 0.1;

    static Direction of(
            @Nullable LocalDate first,
            @Nullable LocalDate second,
            boolean firstGarbled,
            boolean secondGarbled,
            double firstCoverage,
            double secondCoverage,
            boolean firstArrivedLater) {
        if (first != null && second != null && !first.equals(second)) {
            return new Direction(first.isAfter(second), DirectionBasis.PUBLISHED);
        }
        if (firstGarbled != secondGarbled) {
            return new Direction(firstGarbled, DirectionBasis.CONTENT);
        }
        if (Math.abs(firstCoverage - secondCoverage) >= COVERAGE_GAP) {
            return new Direction(firstCoverage > secondCoverage, DirectionBasis.CONTENT);
        }
        return new Direction(firstArrivedLater, DirectionBasis.ARRIVAL);
    }
}

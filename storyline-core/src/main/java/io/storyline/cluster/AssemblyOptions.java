package io.storyline.cluster;

/**
 * Settings of story assembly.
 *
 * @param joinThreshold minimum score to join an existing story
 * @param termWeight weight of content-word cosine in the score
 * @param nameWeight weight of shared names in the score
 * @param embeddingWeight weight of embedding cosine in the score (used only when both sides have one)
 * @param maxDayGap articles further apart than this many days (when both are dated) need a much higher score
 * @param nearDuplicate estimated Jaccard of fingerprints from which two articles are near-duplicates
 * @param queryTerms how many of the article's strongest terms and names query the index
 * @param maxPostings how many of the most recent stories to read per query term (bounds the cost)
 * @param maxCandidates how many candidate stories are scored in full
 */
public record AssemblyOptions(
        double joinThreshold,
        double termWeight,
        double nameWeight,
        double embeddingWeight,
        int maxDayGap,
        double nearDuplicate,
        int queryTerms,
        int maxPostings,
        int maxCandidates) {

    public AssemblyOptions {
        if (joinThreshold <= 0 || joinThreshold >= 1) {
            throw new IllegalArgumentException("joinThreshold must be in (0, 1), got " + joinThreshold);
        }
        if (termWeight < 0 || nameWeight < 0 || embeddingWeight < 0 || termWeight + nameWeight <= 0) {
            throw new IllegalArgumentException("weights must be >= 0 and termWeight + nameWeight > 0");
        }
        if (nearDuplicate <= 0 || nearDuplicate > 1) {
            throw new IllegalArgumentException("nearDuplicate must be in (0, 1], got " + nearDuplicate);
        }
        if (queryTerms < 1 || maxPostings < 1 || maxCandidates < 1 || maxDayGap < 0) {
            throw new IllegalArgumentException("queryTerms, maxPostings, maxCandidates must be >= 1, maxDayGap >= 0");
        }
    }

    /** The defaults, tuned on the development sets. */
    public static AssemblyOptions defaults() {
        return new AssemblyOptions(0.30, 0.6, 0.4, 0.0, 10, 0.8, 30, 400, 30);
    }
}

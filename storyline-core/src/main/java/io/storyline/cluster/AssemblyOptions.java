package io.storyline.cluster;

/**
 * Settings of story assembly. The score of a candidate story is the weighted mean of content-word
 * cosine, name-word cosine, embedding cosine (when both sides have one) and, for an undated
 * article, whether it mentions a year the story mentions; then multiplied by the penalties below.
 *
 * <p>The join decision is the learned {@link StoryPairModel} ({@code learned}); the weights and
 * penalties below are the hand-weighted score it replaced, kept for comparison ({@code storyline eval
 * clustering DIR --folds 5} prints both on held-out folds), while {@code idfPrior}, {@code
 * nearDuplicate}, {@code queryTerms}, {@code maxPostings}, {@code maxCandidates} and {@code
 * nameClashMentions} still shape the index, the idf and the model's features. How the hand-weighted
 * defaults were chosen, with the figures, is in {@code docs/TUNING.md}.
 *
 * @param joinThreshold minimum score to join an existing story (0.36)
 * @param termWeight weight of the tf-idf content-word cosine against the story centroid (0.6)
 * @param nameWeight weight of the name-word cosine: the words of the article's names, idf-weighted,
 *     against the story's summed name-word vectors. Words, not whole names, so that "Blumenthal"
 *     meets "Richard Blumenthal" (0.4)
 * @param embeddingWeight weight of the cosine between the article's lead embedding and the story's
 *     embedding centroid (0.5)
 * @param yearWeight weight, for an undated article only, of "mentions a year that the story's
 *     articles mention": undated articles stand in the years they name for a date. Dated articles
 *     ignore it (on basil, same-event articles share a mentioned year hardly more often than others).
 *     0.2
 * @param maxDayGap articles further apart than this many days (when both are dated) need a much
 *     higher score (10: basil events span days)
 * @param yearClash factor applied to the score of an undated article that mentions years of which
 *     the story mentions none while the story mentions others (0.8; 1 = off)
 * @param nameClash factor applied when the article's main name and the story's main name are
 *     different ones: the article's most mentioned name (at least {@code nameClashMentions} times)
 *     is a name fewer than half the story's articles carry, and the story's main name (carried by
 *     at least half its articles) is mentioned less than twice in the article; names compare by
 *     last word. Two different people as main actors make two events (one athlete's arrest is not
 *     another's). 0.8; 1 = off
 * @param nameClashMentions how often the article must mention its main name for {@code nameClash} (5)
 * @param idfPrior pseudo-documents added to the collection size in idf, so that a young collection
 *     does not call the words that all its few articles share worthless (100; with a few thousand
 *     articles it hardly matters)
 * @param nearDuplicate estimated Jaccard of fingerprints from which two articles are near-duplicates
 * @param queryTerms how many of the article's strongest terms and names query the index
 * @param maxPostings how many of the most recent stories to read per query term (bounds the cost)
 * @param maxCandidates how many candidate stories are scored in full
 * @param recluster at most how many articles the bounded re-clustering after an article's placement
 *     regroups (the stories the article touched, with the pair model only; 0 turns it off): the
 *     article's story and the stories it would also have joined are grouped again, their articles
 *     taken in a canonical order (date, then a hash of the id) instead of their arrival order, so the
 *     stories split or merge when the evidence now says so. Bounds the extra cost of one article
 * @param learned whether story assembly decides with the shipped pair model ({@link
 *     StoryPairModel}) instead of the hand-weighted score and threshold above (which then only build
 *     the index and its query). An article without an embedding ({@code --no-embeddings}) is still
 *     placed by the hand-weighted score: the model was trained on embedded articles. See {@link
 *     StoryPairModel} for the held-out figures that chose it
 */
public record AssemblyOptions(
        double joinThreshold,
        double termWeight,
        double nameWeight,
        double embeddingWeight,
        double yearWeight,
        int maxDayGap,
        double yearClash,
        double nameClash,
        int nameClashMentions,
        int idfPrior,
        double nearDuplicate,
        int queryTerms,
        int maxPostings,
        int maxCandidates,
        int recluster,
        boolean learned) {

    public AssemblyOptions {
        if (joinThreshold <= 0 || joinThreshold >= 1) {
            throw new IllegalArgumentException("joinThreshold must be in (0, 1), got " + joinThreshold);
        }
        if (termWeight < 0 || nameWeight < 0 || embeddingWeight < 0 || yearWeight < 0 || termWeight + nameWeight <= 0) {
            throw new IllegalArgumentException("weights must be >= 0 and termWeight + nameWeight > 0");
        }
        if (yearClash <= 0 || yearClash > 1 || nameClash <= 0 || nameClash > 1) {
            throw new IllegalArgumentException("yearClash and nameClash must be in (0, 1]");
        }
        if (nearDuplicate <= 0 || nearDuplicate > 1) {
            throw new IllegalArgumentException("nearDuplicate must be in (0, 1], got " + nearDuplicate);
        }
        if (queryTerms < 1
                || maxPostings < 1
                || maxCandidates < 1
                || maxDayGap < 0
                || nameClashMentions < 1
                || idfPrior < 0
                || recluster < 0) {
            throw new IllegalArgumentException("queryTerms, maxPostings, maxCandidates, nameClashMentions must be"
                    + " >= 1, maxDayGap, idfPrior and recluster >= 0");
        }
    }

    /** These options with {@code recluster} articles re-clustered at most after placing one (0: off). */
    public AssemblyOptions withRecluster(int recluster) {
        return new AssemblyOptions(
                joinThreshold,
                termWeight,
                nameWeight,
                embeddingWeight,
                yearWeight,
                maxDayGap,
                yearClash,
                nameClash,
                nameClashMentions,
                idfPrior,
                nearDuplicate,
                queryTerms,
                maxPostings,
                maxCandidates,
                recluster,
                learned);
    }

    /**
     * How many articles the defaults re-cluster at most after placing one: 40, above the largest gold
     * story of the development sets (22 articles), so the stories of an ambiguous article are regrouped
     * whole; not tuned (0 and 40 only were measured, see {@link StoryAssembler}).
     */
    static final int RECLUSTER = 40;

    /** Whether the defaults decide with the learned pair model. */
    static final boolean LEARNED = true;

    /** The defaults, tuned on the development sets (see the parameters). */
    public static AssemblyOptions defaults() {
        return new AssemblyOptions(
                0.36, 0.6, 0.4, 0.5, 0.2, 10, 0.8, 0.8, 5, 100, 0.8, 30, 100, 30, RECLUSTER, LEARNED);
    }
}

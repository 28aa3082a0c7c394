package io.storyline.eval;

/**
 * The floors of the scorecard: one table read by {@code storyline eval} (which exits 1 below a floor)
 * and by the real-data tests that measure the same figure. A floor is an issue's target where it was
 * reached, otherwise a regression guard just below the level measured; raising one is a change to this
 * file, with the command that measures it in the commit message.
 */
public final class Gates {

    /** Fewest multi-article seed claims found by the strict rule ({@link ClaimAgreement}); issue 13's target is 18. */
    public static final int SEED_CLAIMS_FOUND = 12;

    /** Most found multi-article seed claims that mix statements of different gold claims (target 2). */
    public static final int SEED_CLAIMS_MIXED = 11;

    /** Share of the upstream sources the seed articles name (gold {@code sources.tsv}) that are found as credits. */
    public static final double SEED_CREDIT_RECALL = 0.9;

    /**
     * Most basil-dev articles flagged machine-garbled when each gold story's articles are read together
     * ({@code storyline eval}'s garble line): none of them is garbled.
     */
    public static final int GARBLE_FALSE_BASIL = 0;

    /**
     * Most polnear-dev articles (924, clean news) flagged machine-garbled when each is read alone: the
     * level reached, 12 long live blogs and name lists where real names differ by a letter
     * (Walker/Walter, Erin/Erwin).
     */
    public static final int GARBLE_FALSE_POLNEAR = 12;

    /** MRPC accuracy of the claim aligner on the whole set (partly in-sample: its weights saw the first half). */
    public static final double PARAPHRASE_ACCURACY = 0.75;

    /** MRPC F1 of the claim aligner on the whole set. */
    public static final double PARAPHRASE_F1 = 0.83;

    /** TempEval-3 (tempeval3-train) time-expression detection F1, through the analysis pipeline. */
    public static final double TIMEX_F1 = 0.85;

    /** TempEval-3 value accuracy on the matched expressions, through the analysis pipeline. */
    public static final double TIMEX_VALUE = 0.80;

    private Gates() {}

    /**
     * Minimum B-cubed F1 of story grouping per set. For basil-dev and ecbplus-dev it is the held-out
     * figure: the mean over 5 topic folds (pair model fitted and thresholds chosen on the other folds),
     * worst of 3 random arrival orders, both at issue 14's targets: basil-dev measured 1.000,
     * ecbplus-dev 0.9619 and 0.9781 in two runs with the pair model's trees (0.9255 with the logistic
     * regression alone, which the gate of 0.92 guarded before). The seed
     * story must be one story.
     */
    public static double clustering(String set) {
        return switch (set) {
            case "basil-dev" -> 0.98;
            case "ecbplus-dev" -> 0.93;
            case "ceasefire-2025" -> 1.0;
            default -> 0.0;
        };
    }

    /**
     * Floors of the quote scores (0 = no floor): issue 3's targets (PolNeAR attribution F1 0.70; BASIL
     * speakers 0.80, judged on the story's canonical speakers with their affiliations) or, where the level
     * reached is higher, regression guards just below it.
     *
     * @param f1 coverage F1 of the attributions
     * @param speakers speaker accuracy on the annotated quotes (article quotes)
     * @param storySpeakers the same judged on the story's canonical speakers with their affiliations
     * @param variants handled seed quote variants
     */
    public record Quotes(double f1, double speakers, double storySpeakers, int variants) {}

    /** The quote floors of {@code set}. */
    public static Quotes quotes(String set) {
        return switch (set) {
            case "ceasefire-2025" -> new Quotes(0, 0.95, 0.95, 11);
            case "polnear-dev" -> new Quotes(0.70, 0, 0, 0);
            case "basil-dev" -> new Quotes(0, 0.65, 0.80, 0);
            default -> new Quotes(0, 0, 0, 0);
        };
    }
}

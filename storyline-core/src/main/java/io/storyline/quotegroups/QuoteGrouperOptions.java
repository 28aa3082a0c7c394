package io.storyline.quotegroups;

/**
 * Thresholds of the {@link QuoteGrouper}.
 *
 * @param nearLcs share of the shorter quote's words that must appear in order in the other for the
 *     two to count as the same words (trimmed, misattributed)
 * @param nearTrigram character trigram Dice above which two quotes count as the same words (garbled
 *     copies)
 * @param minContent content words both quotes need before they are compared by meaning
 * @param sameSpeakerCosine embedding cosine for a paraphrase by the same speaker
 * @param unknownSpeakerCosine embedding cosine for a paraphrase when one speaker is unknown
 * @param overlapCosine a lower cosine accepted when the weighted word overlap reaches {@code
 *     overlapShare}
 * @param overlapShare weighted share of content words that backs {@code overlapCosine}
 * @param lexicalOnly weighted word overlap for a paraphrase when no embedder is given
 * @param sharedMass summed IDF of the shared content words that, with {@code overlapCosine}, marks
 *     one statement whoever the (compatible) speakers are
 * @param linkShare for a merge by meaning alone, the share of the cross pairs of the two groups
 *     that must be linked themselves (average linkage): stops chains of loosely related statements
 *     ("hard to accept" → "a trap" → "open to dialogue") from becoming one group
 */
public record QuoteGrouperOptions(
        double nearLcs,
        double nearTrigram,
        int minContent,
        double sameSpeakerCosine,
        double unknownSpeakerCosine,
        double overlapCosine,
        double overlapShare,
        double lexicalOnly,
        double sharedMass,
        double linkShare) {

    public QuoteGrouperOptions {
        check("nearLcs", nearLcs);
        check("nearTrigram", nearTrigram);
        check("sameSpeakerCosine", sameSpeakerCosine);
        check("unknownSpeakerCosine", unknownSpeakerCosine);
        check("overlapCosine", overlapCosine);
        check("overlapShare", overlapShare);
        check("lexicalOnly", lexicalOnly);
        check("linkShare", linkShare);
        if (!(sharedMass >= 0)) {
            throw new IllegalArgumentException("sharedMass must be >= 0, got " + sharedMass);
        }
        if (minContent < 1) {
            throw new IllegalArgumentException("minContent must be >= 1, got " + minContent);
        }
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
        }
    }

    public static QuoteGrouperOptions defaults() {
        return new QuoteGrouperOptions(0.8, 0.8, 4, 0.62, 0.8, 0.5, 0.35, 0.6, 15, 0.5);
    }
}

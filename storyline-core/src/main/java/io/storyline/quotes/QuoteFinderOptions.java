package io.storyline.quotes;

/**
 * Settings of {@link RuleQuoteFinder}.
 *
 * @param indirect whether to report indirect and mixed speech (not only marked quotes)
 * @param dashSpeech whether speech set off by dashes ("– text – he added") counts as direct
 * @param singleMarks whether ‘ ’ count as quotation marks when they are used as such (not as
 *     apostrophes)
 * @param minUnattributedWords a marked segment with no speaker anywhere near it is reported only
 *     when it has at least this many words (shorter ones are titles and scare quotes)
 */
public record QuoteFinderOptions(boolean indirect, boolean dashSpeech, boolean singleMarks, int minUnattributedWords) {

    public QuoteFinderOptions {
        if (minUnattributedWords < 1) {
            throw new IllegalArgumentException("minUnattributedWords must be >= 1, got " + minUnattributedWords);
        }
    }

    /** Everything on; unattributed marked segments need four words. */
    public static QuoteFinderOptions defaults() {
        return new QuoteFinderOptions(true, true, true, 4);
    }
}

package io.storyline.text;

/**
 * Settings of {@link BoilerplateDetector}.
 *
 * @param shortLineWords lines of at most this many words count as short (prompts, labels, credits)
 * @param repeatMaxWords longest line (in words) that the repeated-line rule considers
 * @param leadLines number of non-blank lines at the top in which a bare person name is taken as a byline
 * @param noticeMinCues distinct notice terms (privacy, cookie, newsletter, terms of use, ...) a notice needs
 * @param noticeMinDensity share of a notice's words that must be notice terms, in (0, 1]
 * @param titleCopies whether lines that repeat the given title are boilerplate
 * @param keepHeadline whether, when no title is given, a clean headline is kept as content: the first clean
 *     copy of a line that reappears with a glued label when it is among the first three non-blank lines, or
 *     the first copy of a repeated first line (the other copies stay boilerplate)
 */
public record BoilerplateOptions(
        int shortLineWords,
        int repeatMaxWords,
        int leadLines,
        int noticeMinCues,
        double noticeMinDensity,
        boolean titleCopies,
        boolean keepHeadline) {

    public BoilerplateOptions {
        requirePositive("shortLineWords", shortLineWords);
        requirePositive("repeatMaxWords", repeatMaxWords);
        requirePositive("leadLines", leadLines);
        requirePositive("noticeMinCues", noticeMinCues);
        if (!(noticeMinDensity > 0 && noticeMinDensity <= 1)) {
            throw new IllegalArgumentException("noticeMinDensity must be in (0, 1], got " + noticeMinDensity);
        }
    }

    /** The defaults: 12, 20, 8, 3, 0.08, title copies on, keep headline on. */
    public static BoilerplateOptions defaults() {
        return new BoilerplateOptions(12, 20, 8, 3, 0.08, true, true);
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, got " + value);
        }
    }
}

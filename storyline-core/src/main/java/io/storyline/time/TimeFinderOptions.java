package io.storyline.time;

/**
 * Options of {@link RuleTimeFinder}.
 *
 * @param formerIsPastRef whether "former" (as in "the former minister") is reported as {@code PAST_REF};
 *     TimeBank-style annotation does not mark it
 */
public record TimeFinderOptions(boolean formerIsPastRef) {

    /** The defaults for the pipeline: "former" is a past reference. */
    public static TimeFinderOptions defaults() {
        return new TimeFinderOptions(true);
    }

    /** TimeBank / TempEval-3 conventions, for measuring against that annotation. */
    public static TimeFinderOptions timeBank() {
        return new TimeFinderOptions(false);
    }
}

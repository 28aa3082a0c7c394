package io.storyline.text;

/** Why a line was judged boilerplate. */
public enum BoilerplateKind {
    /** A call to action: sign up, subscribe, follow us, share, "Discover more from ...". */
    PROMPT,
    /** A line dominated by privacy, newsletter, cookie or terms vocabulary, however long. */
    NOTICE,
    /** A widget or layout label: "Related content", "Advertisement", "After the newsletter promotion". */
    MARKER,
    /** An image, photo or video credit: "Photo: ...", "(AP Photo/...)", a short line with ©. */
    CREDIT,
    /** A short unpunctuated line that occurs more than once in the text (a repeated caption). */
    REPEATED_LINE,
    /** A copy of the headline: equal to the title, or a headline with a label glued before or after it. */
    REPEATED_HEADLINE,
    /** An author line: "By Jane Doe", "Jane Doe, Agency", or a bare name near the top. */
    BYLINE,
    /** A weak line sandwiched between boilerplate lines, or trailing after a related-links label. */
    ENCLOSED
}

package io.storyline.nlp;

/**
 * One token of an article: its offsets into the original text, the text, its universal POS tag
 * (UD: {@code NOUN}, {@code PROPN}, {@code VERB}, …) and its lemma (lower case).
 *
 * @param start first UTF-16 index in the article text, inclusive
 * @param end last UTF-16 index, exclusive
 * @param text the token as written
 * @param pos universal POS tag
 * @param lemma lemma in lower case, or the lower-cased token when no lemma is known
 */
public record Token(int start, int end, String text, String pos, String lemma) {

    public Token {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token offsets start=" + start + " end=" + end);
        }
    }

    /** Whether the token starts with an upper-case letter. */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /**
     * Whether the token is a content word: noun, proper noun, verb, adjective or number. A merged tag
     * ({@code PROPN+PART} for an unsplit "Russia's") counts by its first part.
     */
    public boolean contentWord() {
        int plus = pos.indexOf('+');
        return switch (plus > 0 ? pos.substring(0, plus) : pos) {
            case "NOUN", "PROPN", "VERB", "ADJ", "NUM" -> true;
            default -> false;
        };
    }
}

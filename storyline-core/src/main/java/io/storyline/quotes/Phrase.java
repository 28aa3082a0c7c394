package io.storyline.quotes;

/**
 * A phrase of a sentence as token indices: {@code first} to {@code last}, both included
 * ({@link Phrases#left}, {@link Phrases#right}).
 */
record Phrase(int first, int last) {

    Phrase {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("need 0 <= first <= last, got " + first + ", " + last);
        }
    }

    /** A phrase of one token. */
    static Phrase of(int token) {
        return new Phrase(token, token);
    }
}

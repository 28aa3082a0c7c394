package io.storyline.claims;

/**
 * The decision on whether two statements assert the same thing.
 *
 * @param lexical probability from the lexical measures alone (0..1)
 * @param cosine MiniLM cosine of the two statements, or NaN when the lexical test already decided
 * @param score the probability the decision rests on (lexical, or lexical with cosine)
 * @param same whether the statements assert the same thing
 * @param contradiction whether they speak of the same thing but disagree (negation, numbers); never
 *     together with {@code same}
 */
public record Alignment(double lexical, double cosine, double score, boolean same, boolean contradiction) {

    public Alignment {
        if (same && contradiction) {
            throw new IllegalArgumentException("an alignment cannot be both same and contradiction");
        }
    }

    /** Whether the embedding model was consulted. */
    public boolean embedded() {
        return !Double.isNaN(cosine);
    }
}

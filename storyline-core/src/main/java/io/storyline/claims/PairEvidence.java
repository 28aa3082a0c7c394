package io.storyline.claims;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why two statements of a claim were joined: what they share and what the pair model read.
 *
 * @param a a statement of the claim
 * @param b a statement of another article in the same claim
 * @param score the score grouping used: the pair model's probability that the two make one
 *     assertion, or without a model the cosine plus weighted lexical probability
 * @param shared the content lemmas, names and numbers ({@code #n}) the two share, rarest in the story
 *     first
 * @param features the model's features by name ({@link AssertionFeatures#NAMES})
 */
public record PairEvidence(ClaimUnit a, ClaimUnit b, double score, List<String> shared, Map<String, Double> features) {

    public PairEvidence {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        shared = List.copyOf(shared);
        features = Map.copyOf(features);
    }
}

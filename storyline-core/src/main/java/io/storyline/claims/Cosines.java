package io.storyline.claims;

import io.storyline.embed.Embedding;
import java.util.HashMap;
import java.util.Map;

/**
 * The cosines of pairs of embeddings, remembered per ordered pair of nodes ({@link Copies}): copies
 * of a text usually share one embedding object (a caching embedder hands out one per text), and
 * then their cosine is computed once. Any other pair is computed as it comes.
 */
final class Cosines {

    private record Known(Embedding a, Embedding b, double cosine) {}

    private final Map<Long, Known> known = new HashMap<>();

    // the same objects, not equal ones: identity is what makes the remembered cosine exact and cheap
    @SuppressWarnings("ReferenceEquality")
    double of(long pair, Embedding a, Embedding b) {
        Known k = known.get(pair);
        if (k != null && k.a() == a && k.b() == b) {
            return k.cosine();
        }
        double c = a.cosine(b);
        known.put(pair, new Known(a, b, c));
        return c;
    }
}

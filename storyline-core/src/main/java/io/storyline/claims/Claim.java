package io.storyline.claims;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One assertion of a story with every article statement that makes it.
 *
 * @param id story-local id ({@code c1}, {@code c2}, … in order of support)
 * @param text the claim as written by its most representative statement
 * @param quote whether the claim is what a speaker said (a claim by that speaker, not a fact)
 * @param speaker the speaker of a quote claim when resolved, or null
 * @param support the statements, at most one per article, in input article order
 * @param independentOrigins how many independent origins the support comes from
 * @param status corroborated, single-source or contested
 * @param contradicts ids of claims of the story that contradict this one
 */
public record Claim(
        String id,
        String text,
        boolean quote,
        @Nullable String speaker,
        List<Support> support,
        int independentOrigins,
        ClaimStatus status,
        List<String> contradicts) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        support = List.copyOf(support);
        contradicts = List.copyOf(contradicts);
        if (support.isEmpty()) {
            throw new IllegalArgumentException("claim " + id + " has no support");
        }
        if (independentOrigins < 1 || independentOrigins > support.size()) {
            throw new IllegalArgumentException("claim " + id + ": independentOrigins must be 1.." + support.size()
                    + ", got " + independentOrigins);
        }
    }

    /** Ids of the supporting articles, in order. */
    public List<String> articles() {
        return support.stream().map(Support::article).toList();
    }
}

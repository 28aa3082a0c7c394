package io.storyline.claims;

import java.util.Locale;

/** How well a claim is established in its story. */
public enum ClaimStatus {
    /** Two or more independent origins support it. */
    CORROBORATED,
    /** One origin supports it (however many articles repeat it). */
    SINGLE_SOURCE,
    /** The story holds an explicit contradiction of it (a negation, other numbers). */
    CONTESTED;

    /** The contract's label: {@code corroborated}, {@code single-source}, {@code contested}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

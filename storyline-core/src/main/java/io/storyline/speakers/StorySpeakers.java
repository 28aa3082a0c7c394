package io.storyline.speakers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The canonical speakers of one story and which quote each one said.
 *
 * @param speakers the speakers with at least one quote, most quoted first; ids "p1", "p2", …
 * @param mentioned persons and institutions named in the story but not quoted, with ids continuing
 *     after the speakers'
 * @param assignments quote to speaker id; a quote that is anonymous or has no resolvable speaker
 *     is absent
 * @param anonymous the quotes whose source is deliberately unnamed ("a senior official", "sources
 *     close to the ministry"), as marked by the finder or recognised here
 * @param anonymousSides the side of a quote without a speaker when its source's description names
 *     one ("Russian sources" → Russia)
 */
public record StorySpeakers(
        List<Speaker> speakers,
        List<Speaker> mentioned,
        Map<QuoteRef, String> assignments,
        Set<QuoteRef> anonymous,
        Map<QuoteRef, String> anonymousSides) {

    public StorySpeakers {
        speakers = List.copyOf(speakers);
        mentioned = List.copyOf(mentioned);
        assignments = Map.copyOf(assignments);
        anonymous = Set.copyOf(anonymous);
        anonymousSides = Map.copyOf(anonymousSides);
    }

    /** No speakers, no quotes. */
    public static StorySpeakers empty() {
        return new StorySpeakers(List.of(), List.of(), Map.of(), Set.of(), Map.of());
    }

    /** The side of {@code quote}: its speaker's, else the one its anonymous source's description names. */
    public Optional<String> sideOf(QuoteRef quote) {
        Optional<String> side = speakerOf(quote).map(Speaker::side);
        return side.isPresent() ? side : Optional.ofNullable(anonymousSides.get(quote));
    }

    /** Whether the source of {@code quote} is deliberately unnamed. */
    public boolean isAnonymous(QuoteRef quote) {
        return anonymous.contains(quote);
    }

    /** The speaker id of {@code quote}, or null when it is anonymous or unresolved. */
    public @Nullable String speakerId(QuoteRef quote) {
        return assignments.get(quote);
    }

    /** The speaker of {@code quote}, if it has one. */
    public Optional<Speaker> speakerOf(QuoteRef quote) {
        String id = assignments.get(quote);
        return id == null ? Optional.empty() : speaker(id);
    }

    /** The speaker or mentioned entity with this id. */
    public Optional<Speaker> speaker(String id) {
        for (Speaker s : speakers) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return mentioned.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}

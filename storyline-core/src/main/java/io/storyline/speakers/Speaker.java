package io.storyline.speakers;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A canonical speaker: one person or institution, however its name was written.
 *
 * @param id a short id unique in its list ("p1")
 * @param name the canonical name: the most complete, most frequent clean form ("Teodor Brask",
 *     "Kremlin")
 * @param role the role as written most often next to the name ("Kremlin spokesman"), or null
 * @param side the country or organisation the speaker belongs to or speaks for ("Russia", "United
 *     States", "RAND Corporation"), or null when the text gives no cue
 * @param affiliations the parties and organisations the text says the speaker belongs to or speaks
 *     for, finer than a side ("Republican Party", "Harlan campaign", "Nebraska"), most cues first
 * @param kind person or institution
 * @param variants the distinct forms the name was written in, most frequent first
 * @param quotes how many quotes are attributed to the speaker (0 for a person only mentioned)
 */
public record Speaker(
        String id,
        String name,
        @Nullable String role,
        @Nullable String side,
        List<String> affiliations,
        EntityKind kind,
        List<String> variants,
        int quotes) {

    public Speaker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("speaker name is blank (id " + id + ")");
        }
        if (quotes < 0) {
            throw new IllegalArgumentException("quotes must be >= 0, got " + quotes);
        }
        variants = List.copyOf(variants);
        affiliations = List.copyOf(affiliations);
    }

    /** This speaker under another id. */
    public Speaker withId(String newId) {
        return new Speaker(newId, name, role, side, affiliations, kind, variants, quotes);
    }
}

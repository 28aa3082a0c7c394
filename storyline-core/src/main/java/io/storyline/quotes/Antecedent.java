package io.storyline.quotes;

import org.jspecify.annotations.Nullable;

/**
 * A possible antecedent of a pronoun or description, for {@link SpeakerResolver}: a person named in
 * the text or an earlier speaker.
 *
 * @param at where it is (UTF-16 index into the text)
 * @param name its canonical name, or null when unresolved
 * @param anonymous whether it is an anonymous source
 * @param person whether it is a person (not an institution or a thing)
 * @param plural whether it is plural
 * @param role its title or role words, lower case ("" when none)
 * @param speaker whether it is a speaker of an attribution (not only a name in the text)
 * @param subject whether it is its sentence's subject
 */
record Antecedent(
        int at,
        @Nullable String name,
        boolean anonymous,
        boolean person,
        boolean plural,
        String role,
        boolean speaker,
        boolean subject) {}

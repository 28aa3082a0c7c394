package io.storyline.quotes;

import io.storyline.core.Span;
import org.jspecify.annotations.Nullable;

/**
 * A phrase naming or pointing at a speaker.
 *
 * @param span where it is in the text
 * @param kind what kind of phrase it is
 * @param head lemma of its head word (noun or pronoun), or the last name token
 * @param plural whether it refers to several
 * @param canonical the canonical name for NAMED and GROUP mentions, else null
 * @param role the title or role written with a name ("Kremlin spokesman"), or null
 */
record Mention(
        Span span,
        MentionKind kind,
        String head,
        boolean plural,
        @Nullable String canonical,
        @Nullable String role) {}

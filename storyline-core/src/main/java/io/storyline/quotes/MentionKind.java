package io.storyline.quotes;

/** What kind of phrase a speaker mention is. */
enum MentionKind {
    /** A person's name, with or without title. */
    NAMED,
    /** An institution, organisation, place, document or other group speaking as one. */
    GROUP,
    /** He, she, they, it: resolved to an earlier speaker. */
    PRONOUN,
    /** "the spokesman", "the president": resolved to an earlier person with that role. */
    DESCRIPTION,
    /** Deliberately unnamed sources: "a senior official", "sources close to the ministry". */
    ANONYMOUS,
    /** I, we, you outside quotes: the writer or the reader, never resolved. */
    SELF
}

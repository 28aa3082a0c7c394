package io.storyline.speakers;

/** What kind of entity a speaker is. */
public enum EntityKind {
    /** A named person. */
    PERSON,
    /** An institution, a government, a country or place speaking as one, an organisation, a document. */
    INSTITUTION
}

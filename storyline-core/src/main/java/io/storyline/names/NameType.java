package io.storyline.names;

/** What a name refers to, as far as the rules can tell. */
public enum NameType {
    PERSON,
    ORGANIZATION,
    PLACE,
    OTHER
}

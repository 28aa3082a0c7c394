package io.storyline.store;

/** Hears what {@link ArticleLoader} does with each input article. Called from the loading thread. */
public interface LoadListener {

    /** The article was analysed, assigned to a story and stored. */
    default void stored(StoredArticle article) {}

    /** The article was already in the store with the same text: nothing changed. */
    default void unchanged(String id) {}

    /**
     * Story assembly merged story {@code from} into story {@code into} (the articles of {@code from} were
     * moved), before the article that joined them is stored.
     */
    default void merged(String from, String into) {}

    /** The article was not stored, for {@code reason}. */
    default void skipped(String input, String reason) {}
}

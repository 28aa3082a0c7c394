package io.storyline.store;

/** Hears what {@link ArticleLoader} does with each input article. Called from the loading thread. */
public interface LoadListener {

    /** The article was analysed, assigned to a story and stored. */
    default void stored(StoredArticle article) {}

    /** The article was already in the store with the same text: nothing changed. */
    default void unchanged(String id) {}

    /** The article was not stored, for {@code reason}. */
    default void skipped(String input, String reason) {}
}

package io.storyline.store;

/** Hears what {@link ArticleLoader} does with each input article. Called from the loading thread. */
public interface LoadListener {

    /** The article was analysed, assigned to a story and stored. */
    default void stored(StoredArticle article) {}

    /** The article was already in the store with the same text: nothing changed. */
    default void unchanged(String id) {}

    /**
     * Story {@code from} no longer exists: story assembly merged it into story {@code into}, the story of
     * the article that joined them, or the re-clustering of the stories that article touched emptied it
     * (where each of its articles went is told by {@link #moved}). Called once the change and that
     * article are stored (one transaction), before {@link #stored} of that article.
     */
    default void merged(String from, String into) {}

    /**
     * Story assembly moved the stored article {@code article} from story {@code from} to story {@code
     * into} (a merge, or the re-clustering of the stories a new article touched). Called once the move
     * and the article that caused it are stored (one transaction), before {@link #stored} of that article.
     */
    default void moved(String article, String from, String into) {}

    /** The article was not stored, for {@code reason}. */
    default void skipped(String input, String reason) {}
}

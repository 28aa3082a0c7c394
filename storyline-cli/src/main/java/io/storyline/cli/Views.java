package io.storyline.cli;

import io.storyline.digest.StoryDigester;
import io.storyline.embed.MiniLmEmbedder;
import io.storyline.store.StoryDigests;
import org.jspecify.annotations.Nullable;

/**
 * The story-level views of a command's run: the digester with its embedder (loaded once, closed with
 * this). Without embeddings, quote groups compare words only.
 */
final class Views implements AutoCloseable {

    private final @Nullable MiniLmEmbedder embedder;
    private final StoryDigests digests;

    private Views(@Nullable MiniLmEmbedder embedder, int summaryLength) {
        this.embedder = embedder;
        this.digests = new StoryDigests(new StoryDigester(embedder, summaryLength));
    }

    static Views open(boolean embeddings) {
        return open(embeddings, 7);
    }

    static Views open(boolean embeddings, int summaryLength) {
        return new Views(embeddings ? new MiniLmEmbedder() : null, summaryLength);
    }

    /** The embedder, or null without embeddings. */
    @Nullable
    MiniLmEmbedder embedder() {
        return embedder;
    }

    StoryDigests digests() {
        return digests;
    }

    @Override
    public void close() {
        if (embedder != null) {
            embedder.close();
        }
    }
}

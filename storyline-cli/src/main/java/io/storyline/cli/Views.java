package io.storyline.cli;

import io.storyline.analysis.StageTimes;
import io.storyline.digest.StoryDigester;
import io.storyline.embed.MiniLmEmbedder;
import io.storyline.store.Store;
import io.storyline.store.StoryDigests;
import org.jspecify.annotations.Nullable;

/**
 * The story-level views of a command's run: the digester with its embedder (loaded once, closed with
 * this). Without embeddings, quote groups compare words only. Opened over a store, digests are read
 * from it when current and stored when computed ({@link StoryDigests}).
 */
final class Views implements AutoCloseable {

    private final @Nullable MiniLmEmbedder embedder;
    private final StoryDigests digests;

    private Views(@Nullable MiniLmEmbedder embedder, int summaryLength, @Nullable Store store, StageTimes times) {
        this.embedder = embedder;
        this.digests = new StoryDigests(new StoryDigester(embedder, summaryLength), 0, store, times);
    }

    static Views open(boolean embeddings) {
        return open(embeddings, 7, null);
    }

    /** Views whose digests are read from and written to {@code store}. */
    static Views open(boolean embeddings, Store store) {
        return open(embeddings, 7, store);
    }

    static Views open(boolean embeddings, int summaryLength, @Nullable Store store) {
        return new Views(embeddings ? new MiniLmEmbedder() : null, summaryLength, store, new StageTimes());
    }

    /** {@link #open(boolean, Store)} adding the time of each view of every digest computed to {@code times}. */
    static Views open(boolean embeddings, Store store, StageTimes times) {
        return new Views(embeddings ? new MiniLmEmbedder() : null, 7, store, times);
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

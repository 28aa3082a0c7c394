package io.storyline.ingest;

import io.storyline.core.Article;

/** One item produced by {@link InputReader}: an article that was read, or an input that was skipped and why. */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.Skipped {

    /**
     * The input this item came from: a path, {@code path:line N} for a JSON Lines record, or {@code
     * path:offset N} for a WARC record (N its byte offset in the file).
     */
    String input();

    /**
     * An article read from {@code input}.
     *
     * @param input where it came from
     * @param article the article
     */
    record Read(String input, Article article) implements ReadResult {}

    /**
     * An input that could not be read.
     *
     * @param input the path (or {@code path:line N}, {@code path:offset N})
     * @param reason one sentence saying what is wrong and, where it helps, what is allowed
     */
    record Skipped(String input, String reason) implements ReadResult {
        public Skipped {
            if (reason.isBlank()) {
                throw new IllegalArgumentException("reason for skipping " + input + " is empty");
            }
        }

        @Override
        public String toString() {
            return input + ": " + reason;
        }
    }
}

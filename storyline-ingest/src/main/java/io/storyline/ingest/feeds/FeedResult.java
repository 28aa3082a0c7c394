package io.storyline.ingest.feeds;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * What one poll of one feed did.
 *
 * @param feed the feed URL
 * @param status fetched, not modified (HTTP 304), or failed
 * @param entries entries in the feed document (0 unless fetched)
 * @param newEntries entries not seen before
 * @param articles articles handed to the sink
 * @param skipped new entries reported as skipped (page refused, failed, not HTML, no text)
 * @param error why the feed failed, or null
 */
public record FeedResult(
        URI feed,
        Status status,
        int entries,
        int newEntries,
        int articles,
        int skipped,
        @Nullable String error) {

    /** How the feed request went. */
    public enum Status {
        FETCHED,
        NOT_MODIFIED,
        FAILED
    }

    public FeedResult {
        if ((status == Status.FAILED) != (error != null)) {
            throw new IllegalArgumentException("a failed poll needs an error and only a failed one, got " + status);
        }
    }

    static FeedResult failed(URI feed, String error) {
        return new FeedResult(feed, Status.FAILED, 0, 0, 0, 0, error);
    }
}

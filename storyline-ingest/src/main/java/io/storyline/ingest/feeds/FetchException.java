package io.storyline.ingest.feeds;

/** A request that failed; {@code retry} says whether trying again later may help (timeouts, 5xx). */
final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean retry;

    FetchException(String reason, boolean retry) {
        super(reason, null, false, false);
        this.retry = retry;
    }

    boolean retry() {
        return retry;
    }
}

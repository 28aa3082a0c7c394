package io.storyline.ingest.feeds;

import java.time.Duration;

/**
 * How {@link FeedWatcher} fetches.
 *
 * @param userAgent the User-Agent header sent with every request
 * @param connectTimeout longest wait for a connection
 * @param readTimeout longest wait for a whole response (headers and body) once connected
 * @param hostDelay least time between two requests to the same host (at least one second outside tests)
 * @param maxFeedBytes largest feed document read
 * @param maxPageBytes largest page read
 * @param maxRedirects most redirects followed for one request (each target checked again)
 * @param maxEntriesPerPoll most new entries fetched from one feed in one poll; the rest wait for the next
 * @param allowPrivate whether loopback, private and link-local addresses may be fetched
 */
public record FeedOptions(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        Duration hostDelay,
        long maxFeedBytes,
        long maxPageBytes,
        int maxRedirects,
        int maxEntriesPerPoll,
        boolean allowPrivate) {

    /** The User-Agent sent by default. */
    public static final String USER_AGENT = "Storyline/0.1.0 (+https://github.com/storyline-news/storyline)";

    public FeedOptions {
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        positive("connectTimeout", connectTimeout);
        positive("readTimeout", readTimeout);
        if (hostDelay.isNegative()) {
            throw new IllegalArgumentException("hostDelay must not be negative, got " + hostDelay);
        }
        if (maxFeedBytes <= 0 || maxFeedBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxFeedBytes must be between 1 and 2 GB, got " + maxFeedBytes);
        }
        if (maxPageBytes <= 0 || maxPageBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxPageBytes must be between 1 and 2 GB, got " + maxPageBytes);
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("maxRedirects must be between 0 and 20, got " + maxRedirects);
        }
        if (maxEntriesPerPoll < 1) {
            throw new IllegalArgumentException("maxEntriesPerPoll must be at least 1, got " + maxEntriesPerPoll);
        }
    }

    /**
     * The defaults: 10 s to connect, 30 s per response, 1 s between requests to a host, feeds up to 5 MB,
     * pages up to 10 MB, 5 redirects, 200 new entries per feed and poll, public addresses only.
     */
    public static FeedOptions defaults() {
        return new FeedOptions(
                USER_AGENT,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Duration.ofSeconds(1),
                5L << 20,
                10L << 20,
                5,
                200,
                false);
    }

    /** These options with private addresses allowed or not. */
    public FeedOptions withAllowPrivate(boolean allow) {
        return new FeedOptions(
                userAgent,
                connectTimeout,
                readTimeout,
                hostDelay,
                maxFeedBytes,
                maxPageBytes,
                maxRedirects,
                maxEntriesPerPoll,
                allow);
    }

    private static void positive(String name, Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }
}

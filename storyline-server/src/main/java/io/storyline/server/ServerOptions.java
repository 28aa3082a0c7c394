package io.storyline.server;

/**
 * How {@link StorylineServer} listens and what it accepts.
 *
 * @param host the address to bind (127.0.0.1 unless told otherwise)
 * @param port the port; 0 picks a free one
 * @param maxBodyBytes the largest {@code POST /api/articles} body; larger ones get 413
 * @param threads analysis threads for posted articles
 * @param cachedStories story digests kept in memory
 */
public record ServerOptions(String host, int port, long maxBodyBytes, int threads, int cachedStories) {

    /** 127.0.0.1. */
    public static final String LOOPBACK = "127.0.0.1";

    /** 10 MB. */
    public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;

    public ServerOptions {
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(
                    "maxBodyBytes must be between 1 and " + (Integer.MAX_VALUE - 16) + ", got " + maxBodyBytes);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (cachedStories < 0) {
            throw new IllegalArgumentException("cachedStories must be >= 0, got " + cachedStories);
        }
    }

    /** Loopback, {@code port}, 10 MB bodies, one analysis thread per core, 256 cached digests. */
    public static ServerOptions defaults(int port) {
        return new ServerOptions(
                LOOPBACK, port, DEFAULT_MAX_BODY, Runtime.getRuntime().availableProcessors(), 256);
    }
}

package io.storyline.server;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How {@link StorylineServer} listens and what it accepts.
 *
 * @param host the address to bind (127.0.0.1 unless told otherwise)
 * @param port the port; 0 picks a free one
 * @param maxBodyBytes the largest {@code POST /api/articles} body; larger ones get 413
 * @param threads analysis threads for posted articles
 * @param cachedStories story digests kept in memory
 * @param token the write token: when set, every request other than GET, HEAD and OPTIONS must carry
 *     {@code Authorization: Bearer TOKEN} (else 401). Required when {@code host} is not loopback.
 * @param corsOrigins origins (like {@code https://news.example}) whose pages may call the API from a
 *     browser; empty: no CORS headers at all
 */
public record ServerOptions(
        String host,
        int port,
        long maxBodyBytes,
        int threads,
        int cachedStories,
        @Nullable String token,
        List<String> corsOrigins) {

    /** 127.0.0.1. */
    public static final String LOOPBACK = "127.0.0.1";

    /** 10 MB. */
    public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;

    /** The shortest write token accepted. */
    public static final int MIN_TOKEN = 16;

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
        if (token != null && (token.length() < MIN_TOKEN || !token.strip().equals(token) || token.contains(" "))) {
            throw new IllegalArgumentException("the write token must be at least " + MIN_TOKEN
                    + " characters without spaces, got " + token.length() + " characters");
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("host " + host + " is not loopback: other machines could post articles;"
                    + " give a write token (--token-file FILE or the STORYLINE_TOKEN environment variable)");
        }
        corsOrigins = List.copyOf(corsOrigins);
        for (String o : corsOrigins) {
            if (!o.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+")) {
                throw new IllegalArgumentException(
                        "a CORS origin is a scheme and host like https://news.example (no path), got \"" + o + "\"");
            }
        }
    }

    /** Loopback or another host with a token, without CORS. */
    public ServerOptions(String host, int port, long maxBodyBytes, int threads, int cachedStories) {
        this(host, port, maxBodyBytes, threads, cachedStories, null, List.of());
    }

    /** Loopback, {@code port}, 10 MB bodies, one analysis thread per core, 256 cached digests. */
    public static ServerOptions defaults(int port) {
        return new ServerOptions(
                LOOPBACK, port, DEFAULT_MAX_BODY, Runtime.getRuntime().availableProcessors(), 256);
    }

    /** These options with {@code token} as the write token. */
    public ServerOptions withToken(String token) {
        return new ServerOptions(host, port, maxBodyBytes, threads, cachedStories, token, corsOrigins);
    }

    /** These options letting pages from {@code origins} call the API. */
    public ServerOptions withCorsOrigins(List<String> origins) {
        return new ServerOptions(host, port, maxBodyBytes, threads, cachedStories, token, origins);
    }

    /** Whether {@code host} names this machine only: localhost, 127.x.x.x or ::1. */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost")
                || h.equals("::1")
                || h.equals("[::1]")
                || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}

package io.storyline.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who may write, and which pages may call: with a write token, every request that is not a read (GET,
 * HEAD, OPTIONS) must carry {@code Authorization: Bearer TOKEN}, compared in constant time (both sides
 * hashed to SHA-256, then {@link MessageDigest#isEqual}, so neither content nor length leaks through
 * timing), else 401. CORS headers go only to the configured origins. Thread-safe, immutable.
 */
final class WriteGuard {

    private static final List<HandlerType> READS = List.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final byte @Nullable [] token;
    private final List<String> origins;

    WriteGuard(@Nullable String token, List<String> origins) {
        this.token = token == null ? null : sha256(token);
        this.origins = List.copyOf(origins);
    }

    /** Whether writes need a token. */
    boolean tokenRequired() {
        return token != null;
    }

    /** Refuses (401) a write without the token; adds CORS headers for an allowed origin. */
    void check(Context ctx) {
        cors(ctx);
        byte[] expected = token;
        if (expected == null || READS.contains(ctx.method())) {
            return;
        }
        if (!matches(expected, ctx.header("Authorization"))) {
            throw new ApiException(
                    401,
                    "writes to this server need its token: send \"Authorization: Bearer TOKEN\" (the token serve"
                            + " was started with, from --token-file or STORYLINE_TOKEN)",
                    "Authorization");
        }
    }

    static boolean matches(byte[] expectedHash, @Nullable String authorization) {
        String given = "";
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = authorization.substring(7).strip();
        }
        return MessageDigest.isEqual(expectedHash, sha256(given));
    }

    private void cors(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !origins.contains(origin)) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        if (ctx.method().equals(HandlerType.OPTIONS)) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST");
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
            ctx.header("Access-Control-Max-Age", "600");
        }
    }

    /** Whether CORS is on (some origin is allowed). */
    boolean corsOn() {
        return !origins.isEmpty();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

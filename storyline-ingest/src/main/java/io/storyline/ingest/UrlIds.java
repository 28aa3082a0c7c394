package io.storyline.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Article ids derived from URLs: the host and path made file-system safe ({@code [A-Za-z0-9._-]}), cut
 * to a readable length, plus a hash of the whole URL so that different URLs never share an id and the
 * same URL always gives the same one ({@code www.example.com_news_2025_03_talks_3f9a0c1d2e4b}).
 * Stateless.
 */
public final class UrlIds {

    private static final int READABLE = 120;

    private UrlIds() {}

    /** The id of the article at {@code url}; always a valid {@link io.storyline.core.Article} id. */
    public static String of(String url) {
        String rest = url.strip().replaceFirst("^(?i)[a-z][a-z0-9+.-]*://", "");
        rest = rest.replaceFirst("^[^/@]*@", "");
        String safe =
                rest.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "_").replaceAll("^[._-]+|[._-]+$", "");
        if (safe.length() > READABLE) {
            safe = safe.substring(0, READABLE).replaceAll("[._-]+$", "");
        }
        String hash = hash(url.strip());
        return safe.isEmpty() ? "u" + hash : safe + "_" + hash;
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

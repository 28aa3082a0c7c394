package io.storyline.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Set;

/**
 * The site of a page (its registrable domain) and a stable fold for site-grouped cross-validation.
 * Stateless.
 */
final class Sites {

    /** Second-level labels under a two-letter country code that are registries, not sites. */
    private static final Set<String> SECOND_LEVEL = Set.of(
            "ac", "co", "com", "edu", "gov", "govt", "ltd", "me", "mil", "ne", "net", "nic", "nom", "or", "org", "plc",
            "sch");

    private Sites() {}

    /**
     * The registrable domain of {@code url}'s host: its last two labels, or three when the second-to-last is a
     * registry label under a country code ({@code news.bbc.co.uk} gives {@code bbc.co.uk}); the whole string
     * when it has no host.
     */
    static String of(String url) {
        String host;
        try {
            host = new URI(url.strip()).getHost();
        } catch (URISyntaxException e) {
            host = null;
        }
        if (host == null || host.isEmpty()) {
            return url;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int n = labels.length;
        if (n <= 2) {
            return String.join(".", labels);
        }
        int keep = labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]) ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
    }

    /** The fold (0 to {@code folds - 1}) of a site: from the first bytes of its SHA-1, the same on every run. */
    static int fold(String site, int folds) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(site.getBytes(StandardCharsets.UTF_8));
            int v = ((d[0] & 0xff) << 16) | ((d[1] & 0xff) << 8) | (d[2] & 0xff);
            return v % folds;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this Java runtime", e);
        }
    }
}

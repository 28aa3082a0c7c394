package io.storyline.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The order in which story assembly takes articles, as {@code storyline analyze} and {@code eval}
 * take them: by publication date, undated last, ties broken by a SHA-1 of the id. As a string key
 * that sorts the same way, so that the job orders articles without a global sort.
 */
final class StreamOrder {

    private StreamOrder() {}

    static String key(String id, @Nullable LocalDate published) {
        return (published == null ? "9999" : published.toString()) + "|" + sha1(id) + "|" + id;
    }

    /** The first 12 hex digits of the SHA-1 of {@code s}. */
    static String shortHash(String s) {
        return sha1(s).substring(0, 12);
    }

    private static String sha1(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }
}

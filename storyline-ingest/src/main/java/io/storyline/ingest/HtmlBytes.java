package io.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the bytes of a fetched or archived HTML page: the charset the server declared, else the one
 * the page declares in a {@code <meta>} tag near its start, else UTF-8 (falling back to windows-1252
 * when the bytes are not valid UTF-8). Malformed bytes become U+FFFD; a page never fails to decode.
 * Stateless.
 */
public final class HtmlBytes {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAM_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF = 4096;

    private HtmlBytes() {}

    /**
     * Decodes {@code bytes[0, length)}.
     *
     * @param contentType the HTTP Content-Type header (its {@code charset} parameter is used), or null
     */
    public static String decode(byte[] bytes, int length, @Nullable String contentType) {
        Charset declared = contentType == null ? null : charset(PARAM_CHARSET.matcher(contentType));
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(length, SNIFF), StandardCharsets.ISO_8859_1);
            declared = charset(META_CHARSET.matcher(head));
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return stripBom(new String(bytes, 0, length, declared));
        }
        try {
            return stripBom(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString());
        } catch (CharacterCodingException e) {
            // Pages that say nothing (or claim UTF-8) but are not UTF-8 are nearly always windows-1252.
            return new String(bytes, 0, length, declared == null ? Charset.forName("windows-1252") : declared);
        }
    }

    /** Whether a Content-Type (parameters allowed, any case) names an HTML or XHTML page. */
    public static boolean isHtml(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        int semi = contentType.indexOf(';');
        String base = (semi < 0 ? contentType : contentType.substring(0, semi))
                .strip()
                .toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static @Nullable Charset charset(Matcher m) {
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}

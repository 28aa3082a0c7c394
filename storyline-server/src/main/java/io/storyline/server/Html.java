package io.storyline.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A small HTML writer that escapes everything that comes from data. Markup the page itself owns goes
 * through {@link #raw}; every string from an article, a story or a request goes through {@link #text}
 * or {@link #attr}, which escape {@code & < > " '} (so a value is safe both between tags and inside a
 * quoted attribute). Links to data go through {@link #safeUrl}, which keeps only http(s) URLs. Not
 * thread-safe: one per page.
 */
final class Html {

    private final StringBuilder out;

    Html(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Appends markup the page owns (never data). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends {@code s} as text, escaped; null appends nothing. */
    Html text(@Nullable String s) {
        if (s != null) {
            escape(s, 0, s.length(), out);
        }
        return this;
    }

    /** Appends {@code s.substring(start, end)} as text, escaped. */
    Html text(String s, int start, int end) {
        escape(s, start, end, out);
        return this;
    }

    /** Appends a number. */
    Html num(long n) {
        out.append(n);
        return this;
    }

    /** Appends {@code name="value"} with the value escaped, preceded by a space. */
    Html attr(String name, @Nullable String value) {
        out.append(' ').append(name).append("=\"");
        text(value);
        out.append('"');
        return this;
    }

    /** Appends an element {@code <tag>text</tag>} with the text escaped. */
    Html element(String tag, @Nullable String text) {
        out.append('<').append(tag).append('>');
        text(text);
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Appends a link to a page of this server; {@code href} must be built with {@link #path}. */
    Html link(String href, @Nullable String text) {
        out.append("<a");
        attr("href", href);
        out.append('>');
        text(text);
        out.append("</a>");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** A server path with {@code id} percent-encoded as one path segment: {@code path("/stories/", "s1")}. */
    static String path(String prefix, String id) {
        return prefix + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code url} when it is an absolute http(s) URL, else null (javascript:, data:, relative, junk). */
    static @Nullable String safeUrl(@Nullable String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
            return null;
        }
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`') {
                return null;
            }
        }
        return u;
    }

    /** Escapes {@code s[start, end)} for HTML text and quoted attributes. */
    static void escape(String s, int start, int end, StringBuilder out) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** {@code s} escaped, as a new string. */
    static String escape(@Nullable String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(s, 0, s.length(), sb);
        return sb.toString();
    }
}

package io.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupInTextAndAttributes() {
        Html h = new Html(64);
        h.raw("<p")
                .attr("title", "a\"b'<c>")
                .raw(">")
                .text("<script>x & y</script>")
                .raw("</p>");
        assertThat(h.toString())
                .isEqualTo("<p title=\"a&quot;b&#39;&lt;c&gt;\">&lt;script&gt;x &amp; y&lt;/script&gt;</p>");
    }

    @Test
    void emptyAndNullTextWriteNothing() {
        assertThat(new Html(0).text("").text(null).toString()).isEmpty();
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void keepsOnlyHttpUrls() {
        assertThat(Html.safeUrl("https://example.org/a?b=c")).isEqualTo("https://example.org/a?b=c");
        assertThat(Html.safeUrl(" HTTP://example.org ")).isEqualTo("HTTP://example.org");
        assertThat(Html.safeUrl("javascript:alert(1)")).isNull();
        assertThat(Html.safeUrl("JaVaScRiPt:alert(1)")).isNull();
        assertThat(Html.safeUrl("data:text/html,<script>")).isNull();
        assertThat(Html.safeUrl("//evil.example")).isNull();
        assertThat(Html.safeUrl("https://example.org/\"onmouseover=alert(1)")).isNull();
        assertThat(Html.safeUrl(null)).isNull();
    }

    @Test
    void pathsEncodeIdsAsOneSegment() {
        assertThat(Html.path("/articles/", "a b/../c?d#e")).isEqualTo("/articles/a%20b%2F..%2Fc%3Fd%23e");
    }

    @Property
    void escapedTextNeverOpensATagOrAttribute(@ForAll String s) {
        String e = Html.escape(s);
        assertThat(e)
                .doesNotContain("<")
                .doesNotContain(">")
                .doesNotContain("\"")
                .doesNotContain("'");
        assertThat(unescape(e)).isEqualTo(controlsReplaced(s));
    }

    /** {@code s} with the control characters HTML cannot carry replaced, as {@link Html} does. */
    static String controlsReplaced(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "\uFFFD");
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}

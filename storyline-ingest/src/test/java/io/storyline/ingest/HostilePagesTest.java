package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Odd and hostile pages: each gives text or a clear reason, with bounded work. */
class HostilePagesTest {

    private static final String PARAGRAPH =
            "<p>The old weir on the Tamber was repaired this week after floods damaged its stone lip.</p>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void framesetGivesNoTextAndSaysWhy() {
        String html =
                "<html><frameset cols='20%,80%'><frame src='menu.html'><frame src='story.html'></frameset></html>";
        assertThat(extractor.extract(html, null).text()).isEmpty();
        assertThat(HtmlExtractor.emptyReason(html)).startsWith("the page is a frameset");
    }

    @Test
    void mostlyScriptPageSaysItIsBuiltByJavaScript() {
        String html =
                "<html><body><div id='app'></div><script>" + "var a = 1;".repeat(5000) + "</script></body></html>";
        assertThat(extractor.extract(html, null).text()).isEmpty();
        assertThat(HtmlExtractor.emptyReason(html)).contains("% of the page is script");
    }

    @Test
    void ampPageKeepsItsArticle() {
        String html = "<!doctype html><html ⚡ lang='en'><head><script async src='https://cdn.ampproject.org/v0.js'>"
                + "</script><style amp-custom>p{color:red}</style></head><body><amp-img src='a.jpg' width=1 height=1>"
                + "</amp-img><article>" + PARAGRAPH + PARAGRAPH.replace("weir", "bridge") + "</article></body></html>";
        ExtractedPage page = extractor.extract(html, null);
        assertThat(page.text()).contains("The old weir").contains("The old bridge");
        assertThat(page.language()).isEqualTo("en");
    }

    @Test
    void wrongDeclaredCharsetDoesNotGarbleUtf8() throws BadInputException {
        byte[] bytes = ("<html><head><meta charset='iso-8859-1'></head><body><p>It’s the café’s weir, repaired at"
                        + " last after the floods of January.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        String html = TextDecoding.decodeHtml(bytes, bytes.length);
        assertThat(extractor.extract(html, null).text()).contains("It’s the café’s weir");
    }

    @Test
    void noCharsetAndNotUtf8FallsBackToWindows1252() throws BadInputException {
        byte[] bytes = "<html><body><p>Caf\u00e9 \u201cweir\u201d repaired.</p></body></html>"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(TextDecoding.decodeHtml(bytes, bytes.length)).contains("Café “weir” repaired.");
    }

    @Test
    void aFewNulBytesAreDroppedButMostlyNulIsBinary() throws BadInputException {
        byte[] page = ("<html><body>" + PARAGRAPH + "\0</body></html>").getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoding.decodeHtml(page, page.length))
                .doesNotContain("\0")
                .contains("stone lip");
        byte[] binary = new byte[1000];
        binary[0] = 'G';
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TextDecoding.decodeHtml(binary, binary.length))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("binary file (999 NUL bytes in 1000");
    }

    @Test
    void fiftyMegabytePageIsReadUpToTheCap() {
        StringBuilder sb = new StringBuilder(50_100_000).append("<html><body><article>");
        while (sb.length() < 50_000_000) {
            sb.append(PARAGRAPH);
        }
        String text = extractor
                .extract(sb.append("</article></body></html>").toString(), null)
                .text();
        assertThat(text).startsWith("The old weir");
        assertThat(text.length()).isLessThan(HtmlExtractor.MAX_CHARS);
    }

    @Test
    void deeplyNestedMarkupIsRead() {
        String html = "<html><body>" + "<div><span>".repeat(20_000) + PARAGRAPH + "</span></div>".repeat(20_000)
                + "</body></html>";
        assertThat(extractor.extract(html, null).text()).contains("stone lip");
    }

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(
                        "<div>",
                        "</div>",
                        "<p>",
                        "</p>",
                        "<title>",
                        "<iframe>",
                        "<frameset>",
                        "<script>",
                        "</script>",
                        "<br>",
                        "<br><br>",
                        "<table><tr><td>",
                        "<a href='x'>",
                        "</a>",
                        "<li>",
                        "<!--",
                        "-->",
                        "<![CDATA[",
                        "&amp;",
                        "&#0;",
                        "\0",
                        "<h1>",
                        "<nav>",
                        "<article>"),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of(PARAGRAPH));
        return piece.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void anyMarkupGivesTextFromThePageOrNothing(@ForAll("markup") String html) {
        ExtractedPage page = extractor.extract(html, "https://news.example/a");
        // Adjacent text nodes (around comments, CDATA) can join into one token, so characters are checked.
        String letters = squash(html);
        page.text()
                .codePoints()
                .filter(ShingleScorer::isWordChar)
                .forEach(cp -> assertThat(letters).contains(new String(Character.toChars(cp))));
        if (page.text().isEmpty()) {
            assertThat(HtmlExtractor.emptyReason(html)).isNotBlank();
        }
    }

    private static String squash(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(ShingleScorer::isWordChar).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}

package io.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Span;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TextMarkupTest {

    private static String render(String text, List<TextMarkup.Mark> marks) {
        Html h = new Html(64);
        TextMarkup.write(text, marks, h);
        return h.toString();
    }

    @Test
    void overlappingSpansGiveOneElementPerStretch() {
        String text = "Menu\nShe said <b>no</b> today.";
        String out = render(
                text,
                List.of(
                        new TextMarkup.Mark(new Span(0, 4), "boilerplate", ""),
                        new TextMarkup.Mark(new Span(14, 23), "quote", "q-14-23"),
                        new TextMarkup.Mark(new Span(5, 8), "speaker", ""),
                        new TextMarkup.Mark(new Span(18, 28), "boilerplate", "")));
        assertThat(out)
                .isEqualTo("<span class=\"boilerplate\">Menu</span>\n<span class=\"speaker\">She</span> said "
                        + "<span id=\"q-14-23\"></span><mark class=\"quote\">&lt;b&gt;n</mark>"
                        + "<mark class=\"quote boilerplate\">o&lt;/b&gt;</mark>"
                        + "<span class=\"boilerplate\"> toda</span>y.");
    }

    @Test
    void emptyTextAndNoMarks() {
        assertThat(render("", List.of(new TextMarkup.Mark(new Span(0, 5), "quote", "q"))))
                .isEmpty();
        assertThat(render("a < b", List.of())).isEqualTo("a &lt; b");
    }

    @Property(tries = 300)
    void anySpansKeepTheTextAndTheMarkupBalanced(
            @ForAll String text, @ForAll @Size(max = 8) List<@IntRange(min = -5, max = 60) Integer> cuts) {
        List<TextMarkup.Mark> marks = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i += 2) {
            int s = cuts.get(i);
            int e = cuts.get(i + 1);
            if (s >= 0 && e >= s) {
                marks.add(new TextMarkup.Mark(new Span(s, e), i % 4 == 0 ? "quote" : "boilerplate", "a" + i));
            }
        }
        String out = render(text, marks);
        String stripped = out.replaceAll("<[^>]*>", "");
        assertThat(HtmlTest.unescape(stripped)).isEqualTo(HtmlTest.controlsReplaced(text));
        assertThat(count(out, "<mark")).isEqualTo(count(out, "</mark>"));
        assertThat(count(out, "<span")).isEqualTo(count(out, "</span>"));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}

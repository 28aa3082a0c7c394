package io.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Span;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.jspecify.annotations.Nullable;

class BoilerplateDetectorPropertyTest {

    private final BoilerplateDetector detector = new BoilerplateDetector();

    @Provide
    Arbitrary<String> junk() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.of(
                        "\n",
                        "\r\n",
                        "\r",
                        "\n\n",
                        "Advertisement",
                        "Sign up for news",
                        "By Jo Doe",
                        "Jo Doe",
                        "Related content",
                        "\u00a9 AP",
                        "(AP Photo/X)",
                        "Privacy Policy cookies newsletter terms of use",
                        "NewsSome headline here now",
                        "Some headline here now",
                        "\u00a0",
                        "\u2011",
                        "\"",
                        "said."));
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void junkNeverThrowsAndGivesSortedLineSpans(
            @ForAll("junk") String text, @ForAll @StringLength(max = 40) @Nullable String title) {
        List<Span> spans = detector.detect(text, title);
        int previousEnd = -1;
        for (Span s : spans) {
            assertThat(s.start()).isGreaterThan(previousEnd);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(s.length()).isPositive();
            assertThat(s.start() == 0 || isBreak(text.charAt(s.start() - 1))).isTrue();
            assertThat(s.end() == text.length() || isBreak(text.charAt(s.end())))
                    .isTrue();
            assertThat(s.of(text)).doesNotContain("\n", "\r");
            previousEnd = s.end();
        }
        String stripped = BoilerplateDetector.strip(text, spans);
        assertThat(stripped.length()).isLessThanOrEqualTo(text.length());
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}

package io.storyline.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Junk input never throws, and every span stays inside the text. */
class RuleQuoteFinderPropertyTest {

    private static final RuleQuoteFinder FINDER = new RuleQuoteFinder();

    private static void check(String text) {
        List<Quote> qs = Articles.quotes(FINDER, text);
        for (Quote q : qs) {
            assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
            if (q.speakerSpan() != null) {
                assertThat(q.speakerSpan().end()).isLessThanOrEqualTo(text.length());
            }
        }
    }

    @Property(tries = 60)
    void junkNeverThrows(@ForAll("junk") String text) {
        check(text);
    }

    @Property(tries = 40)
    void anyStringNeverThrows(@ForAll @StringLength(max = 300) String text) {
        check(text);
    }

    @Provide
    Arbitrary<String> junk() {
        Arbitrary<String> piece = Arbitraries.of(
                "“",
                "”",
                "\"",
                "«",
                "»",
                "„",
                "‘",
                "’",
                "'",
                "''",
                " Mrs. ",
                " criticized ",
                " who ",
                " percent ",
                " – ",
                "—",
                ":",
                ",",
                ".",
                "\n",
                "\n\n",
                " said ",
                " he added",
                " according to ",
                "Mr. Smith",
                " that ",
                "the official",
                "Ortiz",
                " ",
                "word");
        return piece.list().ofMaxSize(120).map(l -> String.join("", l));
    }

    /**
     * Huge junk goes straight to the finder with a plain tokenizer: OpenNLP's POS beam search is
     * quadratic in the length of one sentence, which would dominate and is not what is tested here.
     */
    @Property(tries = 3)
    void unbalancedMarksAMarkInEveryWordAndDeepNesting(@ForAll("sizes") int n) {
        checkPlain("“".repeat(n) + " he said " + "”".repeat(n));
        checkPlain("“a ".repeat(n));
        checkPlain("\"word ".repeat(n) + "said Ortiz.");
        checkPlain("‘x’ “y” «z» – he said – ".repeat(n / 4));
        checkPlain("“nested ".repeat(n) + "”");
        checkPlain("“Quote,” said Ortiz. ".repeat(n / 4));
        checkPlain("''a ".repeat(n) + "'''");
        checkPlain("''Quote,'' said Mrs. Ortiz, who criticized the plan, ".repeat(n / 8));
        checkPlain("a, b. c. Mr. d ".repeat(n / 4));
    }

    private static void checkPlain(String text) {
        List<Quote> qs = FINDER.find(text, PlainTokens.sentences(text), List.of(), List.of());
        for (Quote q : qs) {
            assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
        }
    }

    @Provide
    Arbitrary<Integer> sizes() {
        return Arbitraries.of(10, 1000, 10_000);
    }
}

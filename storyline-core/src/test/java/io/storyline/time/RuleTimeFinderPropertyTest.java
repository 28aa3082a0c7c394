package io.storyline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RuleTimeFinderPropertyTest {

    private final RuleTimeFinder finder = new RuleTimeFinder();

    @Provide
    Arbitrary<String> junk() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.of(
                        " ",
                        "\n",
                        ",",
                        ".",
                        "-",
                        "–",
                        "'s",
                        "’",
                        "\u00a0",
                        "\u2011",
                        "on",
                        "last",
                        "next",
                        "this",
                        "the",
                        "a",
                        "ago",
                        "earlier",
                        "later",
                        "that",
                        "day",
                        "days",
                        "week",
                        "weekend",
                        "month",
                        "year",
                        "years",
                        "quarter",
                        "third",
                        "summer",
                        "mid-",
                        "early",
                        "late",
                        "Monday",
                        "Friday",
                        "Feb.",
                        "March",
                        "May",
                        "August",
                        "Dec.",
                        "29",
                        "30",
                        "31",
                        "0",
                        "00",
                        "1",
                        "12",
                        "13",
                        "99",
                        "1999",
                        "2024",
                        "9999",
                        "'90s",
                        "p.m.",
                        "a.m.",
                        "noon",
                        "now",
                        "recently",
                        "yesterday",
                        "tomorrow",
                        "Christmas",
                        "Thanksgiving",
                        "nineteen",
                        "twenty-four",
                        "several",
                        "half",
                        "an",
                        "hour",
                        "every",
                        "daily",
                        "said",
                        "will",
                        "-day",
                        "2/30/2024",
                        "2024-02-30"));
        return pieces.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers()
                .between(-3000, 80000)
                .map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
    }

    @Property(tries = 400)
    void junkNeverThrowsAndGivesOrderedSpansIntoTheText(@ForAll("junk") String text, @ForAll("dates") LocalDate ref) {
        check(text, finder.find(text, ref));
        check(text, finder.find(text, null));
        TimeAnalysis a = finder.analyse(text, null);
        check(text, a.expressions());
    }

    private static void check(String text, List<TimeExpression> found) {
        int previousEnd = 0;
        for (TimeExpression e : found) {
            assertThat(e.span().start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(e.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(e.span().of(text)).isEqualTo(e.text());
            assertThat(e.value()).isNotBlank();
            previousEnd = e.span().end();
        }
    }
}

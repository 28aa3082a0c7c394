package io.storyline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RuleTimeFinderTest {

    private static final LocalDate WED = LocalDate.of(2025, 3, 12);

    private final RuleTimeFinder finder = new RuleTimeFinder();

    private TimeExpression only(String text, @Nullable LocalDate ref, String expression) {
        return finder.find(text, ref).stream()
                .filter(e -> e.text().equals(expression))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("\"" + expression + "\" not found in: " + finder.find(text, ref)));
    }

    @Test
    void resolvesAnInventedArticleLiterally() {
        String text = "The ministry said on Wednesday that the talks held a day earlier in Lisbon had ended.\n"
                + "A 30-day truce was proposed. Delegates will meet again next week, and the mayor said in August "
                + "that the bridge, closed since mid-2024, would reopen on 11 March 2026.";
        List<TimeExpression> found = finder.find(text, WED);
        assertThat(found)
                .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value, TimeExpression::anchor)
                .containsExactly(
                        tuple("Wednesday", TimeType.DATE, "2025-03-12", Anchor.REFERENCE),
                        tuple("a day earlier", TimeType.DATE, "2025-03-11", Anchor.MENTIONED),
                        tuple("30-day", TimeType.DURATION, "P30D", Anchor.NONE),
                        tuple("next week", TimeType.DATE, "2025-W12", Anchor.REFERENCE),
                        tuple("August", TimeType.DATE, "2024-08", Anchor.REFERENCE),
                        tuple("mid-2024", TimeType.DATE, "2024", Anchor.NONE),
                        tuple("11 March 2026", TimeType.DATE, "2026-03-11", Anchor.NONE));
        for (TimeExpression e : found) {
            assertThat(e.span().of(text)).isEqualTo(e.text());
        }
        assertThat(found.get(5).mod()).isEqualTo("MID");
        assertThat(found.get(3).range()).isEqualTo(new DateRange(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 23)));
    }

    @Test
    void findsNothingInEmptyOrTimelessText() {
        assertThat(finder.find("", WED)).isEmpty();
        assertThat(finder.find("   \n\n ", null)).isEmpty();
        assertThat(finder.find("The cat sat on the mat.", WED)).isEmpty();
        assertThat(finder.analyse("", null)).isEqualTo(new TimeAnalysis(null, List.of()));
    }

    @Test
    void pastTenseMonthIsTheLastOneBeforeThePublicationDate() {
        assertThat(only("Troops crossed the border in August.", WED, "August").value())
                .isEqualTo("2024-08");
        assertThat(only("Troops will cross the border in August.", WED, "August")
                        .value())
                .isEqualTo("2025-08");
        assertThat(only("The plan was announced in February.", WED, "February").value())
                .isEqualTo("2025-02");
    }

    @Test
    void weekdaysFollowTenseAndModifiers() {
        assertThat(only("He resigned on Monday.", WED, "Monday").value()).isEqualTo("2025-03-10");
        assertThat(only("He will resign on Monday.", WED, "Monday").value()).isEqualTo("2025-03-17");
        assertThat(only("They met last Friday.", WED, "last Friday").value()).isEqualTo("2025-03-07");
        assertThat(only("They meet next Monday.", WED, "next Monday").value()).isEqualTo("2025-03-17");
        assertThat(only("He spoke on Wednesday.", WED, "Wednesday").value()).isEqualTo("2025-03-12");
    }

    @Test
    void relativeDaysAnchorOnTheLastDateMentioned() {
        String text =
                "On Thursday, the envoy flew to Oslo. At a dinner later that day, he spoke. " + "The next day he left.";
        LocalDate fri = LocalDate.of(2025, 3, 14);
        assertThat(only(text, fri, "Thursday").value()).isEqualTo("2025-03-13");
        TimeExpression later = only(text, fri, "later that day");
        assertThat(later.value()).isEqualTo("2025-03-13");
        assertThat(later.anchor()).isEqualTo(Anchor.MENTIONED);
        assertThat(only(text, fri, "The next day").value()).isEqualTo("2025-03-14");
        assertThat(only("It rained yesterday and will rain tomorrow.", fri, "yesterday")
                        .value())
                .isEqualTo("2025-03-13");
    }

    @Test
    void weeksYearsAndSeasons() {
        assertThat(only("Prices rose this week.", WED, "this week").range())
                .isEqualTo(new DateRange(LocalDate.of(2025, 3, 10), WED));
        assertThat(only("Talks will be held this week.", WED, "this week").range())
                .isEqualTo(new DateRange(WED, LocalDate.of(2025, 3, 16)));
        assertThat(only("Sales fell last year.", WED, "last year").value()).isEqualTo("2024");
        assertThat(only("It was hot last summer.", WED, "last summer").value()).isEqualTo("2024-SU");
        assertThat(only("The town fell three years ago.", WED, "three years ago")
                        .value())
                .isEqualTo("2022");
        assertThat(only("Talks on March 11-12 went well.", WED, "March 11-12").value())
                .isEqualTo("2025-03-11/2025-03-12");
        assertThat(only("Profit rose in the third quarter.", WED, "the third quarter")
                        .value())
                .isEqualTo("2024-Q3");
    }

    @Test
    void durationsSetsTimesAndReferences() {
        assertThat(only("a two-hour meeting", WED, "two-hour").value()).isEqualTo("PT2H");
        assertThat(only("for several years", WED, "several years").value()).isEqualTo("PXY");
        assertThat(only("It is published daily.", WED, "daily").type()).isEqualTo(TimeType.SET);
        assertThat(only("The vote closes at 5 p.m. today.", WED, "5 p.m. today").value())
                .isEqualTo("2025-03-12T17:00");
        assertThat(only("He is now in Kyiv.", WED, "now").value()).isEqualTo("PRESENT_REF");
        assertThat(only("He recently left.", WED, "recently").value()).isEqualTo("PAST_REF");
        assertThat(only("the former minister", WED, "former").value()).isEqualTo("PAST_REF");
        assertThat(new RuleTimeFinder(TimeFinderOptions.timeBank()).find("the former minister", WED))
                .isEmpty();
        assertThat(finder.find("He paid $1990 for 1,200 shares.", WED)).isEmpty();
        assertThat(finder.find("You may go. March on!", WED)).isEmpty();
    }

    @Test
    void withoutAReferenceDateRelativeValuesStayOpenAndAReferenceIsInferred() {
        assertThat(only("Troops crossed the border in August.", null, "August").value())
                .isEqualTo("XXXX-08");
        String text = "The report is dated 3 May 2021. Officials met on Tuesday and again in 2019.";
        TimeAnalysis a = finder.analyse(text, null);
        assertThat(a.reference()).isEqualTo(new ReferenceDate(LocalDate.of(2021, 5, 3), Precision.DAY, true));
        TimeExpression tuesday = a.expressions().stream()
                .filter(e -> e.text().equals("Tuesday"))
                .findFirst()
                .orElseThrow();
        assertThat(tuesday.value()).isEqualTo("2021-04-27");
        assertThat(tuesday.anchor()).isEqualTo(Anchor.INFERRED_REFERENCE);
        assertThat(finder.analyse(text, WED).reference()).isEqualTo(ReferenceDate.published(WED));
    }
}

package io.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storyline.core.Span;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class BoilerplateDetectorTest {

    private final BoilerplateDetector detector = new BoilerplateDetector();

    /** Boilerplate line numbers (0-based, lines split on \n) with their kinds. */
    private Map<Integer, BoilerplateKind> kinds(String text, @Nullable String title) {
        Map<Integer, BoilerplateKind> out = new TreeMap<>();
        for (BoilerplateLine b : detector.classify(text, title)) {
            out.put(b.line(), b.kind());
        }
        return out;
    }

    @Test
    void findsNewsletterBlockBetweenParagraphs() {
        String text = """
The harbour authority closed the north pier on Monday after storm damage.
Sign up for the Morning Tide briefing
Our editors pick the top coastal stories and send them to your inbox each weekday
Privacy notice: Newsletters may include information about sponsors and online advertising. See our Privacy Policy; the Google reCAPTCHA terms of service apply.
After the newsletter promotion
Repairs are expected to take three weeks, the mayor said.""";
        assertThat(kinds(text, null))
                .isEqualTo(Map.of(
                        1, BoilerplateKind.PROMPT,
                        2, BoilerplateKind.ENCLOSED,
                        3, BoilerplateKind.NOTICE,
                        4, BoilerplateKind.MARKER));
    }

    @Test
    void findsSubscriptionFooter() {
        String text = """
                Council approves budget for new library.

                The vote was seven to two.
                Discover more from Valley Ledger | Local news and weather
                Subscribe to get the latest posts sent to your email.
                """;
        assertThat(kinds(text, null)).containsOnlyKeys(3, 4);
    }

    @Test
    void findsRepeatedCaptionCreditAndBareByline() {
        String text = """
Orchard growers face a late frost

Farmers across the valley lit fires overnight to protect blossoms, the growers' association said.

Smoke rises over an apple orchard at dawn
Smoke rises over an apple orchard at dawn
Photo source: \u00a9 Valley Images
Ines Marlow

Temperatures fell to minus four degrees before sunrise.""";
        assertThat(kinds(text, null))
                .isEqualTo(new TreeMap<>(Map.of(
                        4, BoilerplateKind.REPEATED_LINE,
                        5, BoilerplateKind.REPEATED_LINE,
                        6, BoilerplateKind.CREDIT,
                        7, BoilerplateKind.BYLINE)));
    }

    @Test
    void marksGluedSectionLabelAndKeepsCleanHeadlineWithoutTitle() {
        String text = """
                WorldRiver ferry service resumes after floods

                River ferry service resumes after floods

                Crossings restarted at dawn on Friday.""";
        assertThat(kinds(text, null)).isEqualTo(Map.of(0, BoilerplateKind.REPEATED_HEADLINE));
    }

    @Test
    void marksEveryCopyOfTheTitleMatchingAcrossNbspAndHyphenVariants() {
        String text = """
                WorldRiver ferry service resumes after 10\u2011day floods

                River\u00a0ferry service resumes after 10-day floods

                Crossings restarted at dawn on Friday.""";
        assertThat(kinds(text, "River ferry service resumes after 10-day floods"))
                .containsOnlyKeys(0, 2);
    }

    @Test
    void marksTitleWithSiteSuffix() {
        String text = "River ferry service resumes | The Delta Courier\nCrossings restarted at dawn on Friday.";
        assertThat(kinds(text, "River ferry service resumes")).containsOnlyKeys(0);
    }

    @Test
    void findsBylinesNearTheTop() {
        String text = """
By Tomas Verhoeven and Ana Ruiz, Harbour Press
Lena Okafor, Delta Wire
The ferry company announced new timetables on Thursday.
Passengers welcomed the change.""";
        assertThat(kinds(text, "Ferry timetables change"))
                .isEqualTo(Map.of(0, BoilerplateKind.BYLINE, 1, BoilerplateKind.BYLINE));
    }

    @Test
    void takesBareNameUnderHeadlineAsBylineButNotTitleCaseCrosshead() {
        String text = """
                Tidal power plant wins approval
                Noor Haddad
                The regional council approved the tidal power plant on Wednesday after a two-year planning battle.
                Planning Battle Ends
                Construction is due to start in spring.""";
        assertThat(kinds(text, null)).isEqualTo(Map.of(1, BoilerplateKind.BYLINE));
    }

    @Test
    void takesLabelledBylineAnywhereInTheLead() {
        String text = """
                Tidal power plant wins approval
                Construction is due to start in spring.
                Byline: Noor Haddad | Energy Correspondent
                The council vote was unanimous.""";
        assertThat(kinds(text, null)).isEqualTo(Map.of(2, BoilerplateKind.BYLINE));
    }

    @Test
    void findsRelatedWidgetAndItsItemsAtTheEnd() {
        String text = """
                The museum reopens in June.

                Related content
                Museum director steps down
                New wing plans unveiled""";
        assertThat(kinds(text, null))
                .containsExactlyEntriesOf(new TreeMap<>(
                        Map.of(2, BoilerplateKind.MARKER, 3, BoilerplateKind.ENCLOSED, 4, BoilerplateKind.ENCLOSED)));
    }

    @Test
    void findsAgencyPhotoCaptionAndSocialPrompt() {
        String text = """
                A crane lifts the new bridge section into place on Tuesday. (AP Photo/Jo Marsh)
                Engineers said the work was ahead of schedule.
                Follow Kai Brenner on Twitter @kaibrenner.""";
        assertThat(kinds(text, null)).isEqualTo(Map.of(0, BoilerplateKind.CREDIT, 2, BoilerplateKind.PROMPT));
    }

    @Test
    void keepsRealContent() {
        String text = """
The ferry operator will resume crossings next week, its chief executive has said
HARBOUR CITY, March 3 \u2013 The port reopened on Tuesday.
Nobody was hurt.
\u201cWe will not give up,\u201d she said.
Share prices fell sharply on our exchange after the announcement.
Follow-up talks are planned for May.
Related talks will continue in Geneva next week.
Privacy campaigners said the new cookie policy and newsletter terms broke data law.
Maria Lopez
FERRY TROUBLES
Subscribers will get refunds, the company said.
The operator expects a busy summer.""";
        assertThat(detector.detect(text, null)).isEmpty();
    }

    @Test
    void returnsNothingForEmptyAndBlankText() {
        assertThat(detector.detect("", null)).isEmpty();
        assertThat(detector.detect("\n\n  \r\n", "A title")).isEmpty();
        assertThat(BoilerplateDetector.strip("", List.of())).isEmpty();
    }

    @Test
    void spansCoverLineContentWithoutTerminators() {
        String text = "Body line one.\r\nAdvertisement\r\nBody line two.";
        List<Span> spans = detector.detect(text, null);
        assertThat(spans).containsExactly(new Span(16, 29));
        assertThat(spans.get(0).of(text)).isEqualTo("Advertisement");
    }

    @Test
    void stripRemovesLinesAndCollapsesBlankLines() {
        String text = "Headline here\n\nAdvertisement\n\nFirst paragraph.\n\nRelated content\n";
        String stripped = BoilerplateDetector.strip(text, detector.detect(text, null));
        assertThat(stripped).isEqualTo("Headline here\n\nFirst paragraph.\n");
        assertThat(BoilerplateDetector.strip("Advertisement\n\nBody.", List.of(new Span(0, 13))))
                .isEqualTo("Body.");
    }

    @Test
    void stripRejectsSpanOutsideText() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> BoilerplateDetector.strip("short", List.of(new Span(2, 40))));
        assertThat(e.getMessage()).contains("length 5");
    }

    @Test
    void optionsRejectBadValues() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> new BoilerplateOptions(0, 20, 8, 3, 0.08, true, true));
        assertThat(e.getMessage()).contains("shortLineWords").contains("got 0");
        var d = assertThrows(
                IllegalArgumentException.class, () -> new BoilerplateOptions(12, 20, 8, 3, 1.5, true, true));
        assertThat(d.getMessage()).contains("noticeMinDensity");
    }

    @Test
    void normalizesForMatching() {
        assertThat(MatchText.normalize("  Ten\u00a0Day\u2011Truce  Holds. ")).isEqualTo("ten day-truce holds");
    }
}

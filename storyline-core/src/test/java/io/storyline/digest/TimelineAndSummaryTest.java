package io.storyline.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import io.storyline.nlp.Sentence;
import io.storyline.provenance.StoryEvidence;
import io.storyline.provenance.StoryEvidenceAnalyzer;
import io.storyline.time.RuleTimeFinder;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TimelineAndSummaryTest {

    private static final OpenNlpAnalyzer NLP = new OpenNlpAnalyzer(EnglishModels.load());
    private static final RuleTimeFinder TIMES = new RuleTimeFinder();

    private static StoryArticle article(String id, String text, @Nullable LocalDate published) {
        Article a = new Article(id, null, text, published, null, null, "en");
        List<Sentence> sentences = NLP.sentences(text, List.of());
        return new StoryArticle(
                a, List.of(), List.of(), List.of(), TIMES.analyse(a).expressions(), sentences);
    }

    private static final String WIRE = "The harbour of Lessing reopened on Monday after a week of repairs. "
            + "Port director Anna Vik said the first ferries would sail on Tuesday. "
            + "The storm damaged three cranes last month.";
    private static final String COPY = "Lessing's harbour reopened on Monday after a week of repairs, officials said. "
            + "The storm had damaged three cranes last month. "
            + "Local fishermen said they lost two weeks of catch.";

    @Test
    void sameEventInTwoArticlesIsOneTimelineEntry() {
        List<StoryArticle> story = List.of(
                article("wire", WIRE, LocalDate.of(2025, 5, 14)), article("copy", COPY, LocalDate.of(2025, 5, 14)));
        List<TimelineEntry> timeline = new TimelineBuilder().build(story);
        TimelineEntry reopened = timeline.stream()
                .filter(t -> t.text().contains("reopened"))
                .findFirst()
                .orElseThrow();
        assertThat(reopened.date()).isEqualTo("2025-05-12");
        assertThat(reopened.articles()).containsExactly("wire", "copy");
        assertThat(timeline).extracting(TimelineEntry::date).contains("2025-05-20", "2025-04");
        assertThat(timeline)
                .isSortedAccordingTo(
                        (a, b) -> a.range().first().compareTo(b.range().first()));
    }

    @Test
    void undatedArticleTakesTheStoryDateAndIsMarkedInferred() {
        List<StoryArticle> story =
                List.of(article("wire", WIRE, LocalDate.of(2025, 5, 14)), article("copy", COPY, null));
        List<TimelineEntry> timeline = new TimelineBuilder().build(story);
        TimelineEntry fishermen = timeline.stream()
                .filter(t -> t.articles().contains("copy") && !t.articles().contains("wire"))
                .findFirst()
                .orElse(null);
        assertThat(timeline.stream().filter(TimelineEntry::inferred)).isNotEmpty();
        assertThat(fishermen == null || fishermen.inferred()).isTrue();
    }

    @Test
    void summarySentencesAreVerbatimAndCiteTheirArticles() {
        List<StoryArticle> story = List.of(
                article("wire", WIRE, LocalDate.of(2025, 5, 14)), article("copy", COPY, LocalDate.of(2025, 5, 14)));
        StoryEvidence evidence = new StoryEvidenceAnalyzer(null)
                .analyze(story.stream()
                        .map(a -> new io.storyline.claims.ClaimInput(
                                a.id(),
                                a.article().text(),
                                a.article().published(),
                                null,
                                List.of(),
                                a.sentences(),
                                List.of(),
                                List.of()))
                        .toList());
        List<SummarySentence> summary = new SummaryBuilder(3).build(story, evidence);
        assertThat(summary).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        for (SummarySentence s : summary) {
            String text = story.stream()
                    .filter(a -> a.id().equals(s.article()))
                    .findFirst()
                    .orElseThrow()
                    .article()
                    .text();
            assertThat(s.span().of(text)).isEqualTo(s.text());
            assertThat(s.citations().get(0)).isEqualTo(s.article());
        }
        assertThat(summary).extracting(SummarySentence::text).doesNotHaveDuplicates();
    }

    @Test
    void emptyStoryHasNoTimelineAndNoSummary() {
        assertThat(new TimelineBuilder().build(List.of())).isEmpty();
        assertThat(new SummaryBuilder()
                        .build(
                                List.of(),
                                new StoryEvidence(
                                        List.of(), List.of(), java.util.Map.of(), List.of(), java.util.Map.of())))
                .isEmpty();
    }

    @Property(tries = 60)
    void junkNeverThrows(@ForAll @StringLength(max = 300) String junk) {
        List<StoryArticle> story =
                List.of(article("a", "x " + junk, LocalDate.of(2025, 1, 1)), article("b", junk + " y " + junk, null));
        assertThat(new TimelineBuilder().build(story)).isNotNull();
    }
}

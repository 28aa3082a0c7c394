package io.storyline.quotegroups;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Span;
import io.storyline.embed.MiniLmEmbedder;
import io.storyline.speakers.EntityKind;
import io.storyline.speakers.QuoteRef;
import io.storyline.speakers.Speaker;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuoteGrouperTest {

    private static @Nullable MiniLmEmbedder embedder;

    private static final List<Speaker> SPEAKERS = List.of(
            new Speaker(
                    "p1",
                    "Olek Marchenko",
                    "Transport minister",
                    "Ukraine",
                    List.of(),
                    EntityKind.PERSON,
                    List.of(),
                    3),
            new Speaker("p2", "Anna Kovacs", "Finance minister", "Hungary", List.of(), EntityKind.PERSON, List.of(), 2),
            new Speaker("p3", "Cabinet Office", null, "Ukraine", List.of(), EntityKind.INSTITUTION, List.of(), 1),
            new Speaker(
                    "p4",
                    "Ivo Brandt",
                    "Cabinet Office spokesman",
                    "Ukraine",
                    List.of(),
                    EntityKind.PERSON,
                    List.of(),
                    1));

    @BeforeAll
    static void load() {
        embedder = new MiniLmEmbedder();
    }

    @AfterAll
    static void close() {
        MiniLmEmbedder e = embedder;
        if (e != null) {
            e.close();
        }
    }

    private static GroupQuote q(String article, String text, @Nullable String speaker) {
        return new GroupQuote(new QuoteRef(article, 0), new Span(0, text.length()), text, speaker, false);
    }

    private static @Nullable QuoteRelation relation(QuoteGrouper grouper, GroupQuote a, GroupQuote b) {
        List<QuoteGroup> groups = grouper.group(List.of(a, b), SPEAKERS);
        return groups.isEmpty() ? null : groups.get(0).relations().get(0).relation();
    }

    private static QuoteGrouper lexical() {
        return new QuoteGrouper(null);
    }

    @Test
    void labelsSameWordsVerbatim() {
        assertThat(relation(
                        lexical(),
                        q("a", "We will reopen the bridge by May, and not a day later.", "p1"),
                        q("b", "“we will reopen the bridge by May and not a day later”", "p1")))
                .isEqualTo(QuoteRelation.VERBATIM);
    }

    @Test
    void labelsAContiguousPartTrimmed() {
        assertThat(relation(
                        lexical(),
                        q("a", "We will reopen the bridge by May, and the tunnel will follow in the autumn.", "p1"),
                        q("b", "reopen the bridge by May", "p1")))
                .isEqualTo(QuoteRelation.TRIMMED);
    }

    @Test
    void labelsChangedNumbersAndFlippedNegationAltered() {
        assertThat(relation(
                        lexical(),
                        q("a", "The fuel tax will rise to 12 percent next year for every household.", "p2"),
                        q("b", "The fuel tax will rise to 15 percent next year for every household.", "p2")))
                .isEqualTo(QuoteRelation.ALTERED);
        assertThat(relation(
                        lexical(),
                        q("a", "We will support the agreement in the vote on Tuesday evening.", "p2"),
                        q("b", "We will not support the agreement in the vote on Tuesday evening.", "p2")))
                .isEqualTo(QuoteRelation.ALTERED);
    }

    @Test
    void labelsSameWordsFromAnotherSpeakerMisattributed() {
        assertThat(relation(
                        lexical(),
                        q("a", "The budget has no room for new bridges this year.", "p2"),
                        q("b", "The budget has no room for new bridges this year.", "p1")))
                .isEqualTo(QuoteRelation.MISATTRIBUTED);
    }

    @Test
    void aSpokespersonSpeaksForTheirInstitution() {
        assertThat(relation(
                        lexical(),
                        q("a", "The ministry has no room for new bridges this year and will review the plan.", "p3"),
                        q("b", "The ministry has no room for new bridges this year and will review the plan.", "p4")))
                .isEqualTo(QuoteRelation.VERBATIM);
    }

    @Test
    void groupsAParaphraseBySameSpeakerByMeaning() {
        QuoteGrouper grouper = new QuoteGrouper(embedder);
        assertThat(relation(
                        grouper,
                        q("a", "The company will cut two thousand jobs next year to save money.", "p2"),
                        q(
                                "b",
                                "Next year the firm plans to eliminate two thousand positions in order to reduce costs.",
                                "p2")))
                .isIn(QuoteRelation.PARAPHRASE, QuoteRelation.ALTERED);
    }

    @Test
    void keepsASimilarIdiomFromAnotherSpeakerApart() {
        QuoteGrouper grouper = new QuoteGrouper(embedder);
        assertThat(relation(
                        grouper,
                        q("a", "After this meeting, the key to peace is now in Lisbon's hands.", "p1"),
                        q("b", "the ball is now in Lisbon's court after this meeting", "p2")))
                .isNull();
    }

    @Test
    void doesNotPairAQuoteWithOneNestedInItInTheSameArticle() {
        String text = "We will reopen the bridge by May, and the tunnel will follow in the autumn.";
        GroupQuote outer = new GroupQuote(new QuoteRef("a", 0), new Span(0, 70), text, "p1", false);
        GroupQuote inner =
                new GroupQuote(new QuoteRef("a", 1), new Span(8, 30), "reopen the bridge by May", "p1", false);
        assertThat(lexical().group(List.of(outer, inner), SPEAKERS)).isEmpty();
    }

    @Test
    void emptyInputHasNoGroups() {
        assertThat(new QuoteGrouper(embedder).group(List.of(), List.of())).isEmpty();
    }

    @Property(tries = 100)
    void junkNeverThrows(@ForAll @Size(max = 8) List<String> texts) {
        List<GroupQuote> quotes = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            quotes.add(new GroupQuote(
                    new QuoteRef("a" + i, 0), new Span(0, t.length()), t, i % 2 == 0 ? "p1" : null, i % 3 == 0));
        }
        for (QuoteGroup g : lexical().group(quotes, SPEAKERS)) {
            assertThat(g.quotes()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void copiesOfAStatementAreComparedOnceYetEveryPairIsReported() {
        List<GroupQuote> quotes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            quotes.add(q("copy" + i, "We will reopen the bridge by May, once the inspection is over.", "p1"));
            quotes.add(q("copy" + i + "-other", "Tram fares stay frozen until the spring budget is passed.", "p2"));
        }
        quotes.add(q("trimmed", "We will reopen the bridge by May", "p1"));
        List<QuoteGroup> groups = lexical().group(quotes, SPEAKERS);
        assertThat(groups).hasSize(2);
        QuoteGroup bridge = groups.get(0);
        assertThat(bridge.quotes()).hasSize(7);
        assertThat(bridge.relations())
                .as("every pair of the six copies and each copy with the trimmed one")
                .hasSize(15 + 6);
        assertThat(bridge.relations().stream().filter(r -> r.relation() == QuoteRelation.TRIMMED))
                .hasSize(6);
        assertThat(groups.get(1).relations()).hasSize(15);
    }

    @Test
    void aCopyOverlappingItselfInOneArticleIsNotAPair() {
        GroupQuote a =
                new GroupQuote(new QuoteRef("x", 0), new Span(0, 30), "We will reopen the bridge soon.", "p1", false);
        GroupQuote b =
                new GroupQuote(new QuoteRef("x", 1), new Span(5, 35), "We will reopen the bridge soon.", "p1", false);
        GroupQuote c =
                new GroupQuote(new QuoteRef("y", 0), new Span(0, 30), "We will reopen the bridge soon.", "p1", false);
        List<QuoteGroup> groups = lexical().group(List.of(a, b, c), SPEAKERS);
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).relations())
                .extracting(p -> p.a().article() + "-" + p.b().article())
                .containsExactlyInAnyOrder("x-y", "x-y");
    }
}

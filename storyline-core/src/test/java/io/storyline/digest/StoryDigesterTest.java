package io.storyline.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.names.Name;
import io.storyline.names.NameType;
import io.storyline.quotegroups.QuoteRelation;
import io.storyline.quotes.Quote;
import io.storyline.quotes.QuoteKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryDigesterTest {

    private final StoryDigester digester = new StoryDigester(null);

    private static StoryArticle article(
            String id, String text, String speaker, String said, @org.jspecify.annotations.Nullable String role) {
        int s = text.indexOf(said);
        int n = text.indexOf(speaker);
        Quote q = new Quote(
                QuoteKind.DIRECT,
                new Span(s, s + said.length()),
                null,
                new Span(n, n + speaker.length()),
                speaker,
                speaker,
                role,
                false);
        Name name = new Name(
                new Span(n, n + speaker.length()),
                speaker,
                NameType.PERSON,
                speaker.toLowerCase(java.util.Locale.ROOT));
        Article a = new Article(id, null, text, LocalDate.of(2025, 4, 2), null, null, "en");
        return new StoryArticle(a, List.of(), List.of(name), List.of(q), List.of(), List.of());
    }

    @Test
    void sameWordsInTwoArticlesAreOneGroupWithOneSpeaker() {
        String said = "The bridge will reopen to lorries before the harvest starts";
        StoryArticle a = article(
                "a", "“" + said + ",” said Nadia Ferreira, Portugal's roads minister.", "Nadia Ferreira", said, null);
        StoryArticle b = article(
                "b",
                "Roads minister Ferreira said: “" + said.replace("lorries", "trucks") + ".”",
                "Ferreira",
                said.replace("lorries", "trucks"),
                "Roads minister");
        StoryDigest d = digester.digest(List.of(a, b));
        assertThat(d.speakers()).hasSize(1);
        assertThat(d.speakers().get(0).name()).isEqualTo("Nadia Ferreira");
        assertThat(d.speakers().get(0).side()).isEqualTo("Portugal");
        assertThat(d.quotes()).extracting(StoryQuote::id).containsExactly("q1", "q2");
        assertThat(d.quotes()).allMatch(q -> "p1".equals(q.speaker()) && "Portugal".equals(q.side()));
        assertThat(d.quoteGroups()).hasSize(1);
        StoryQuoteGroup.Relation r = d.quoteGroups().get(0).relations().get(0);
        assertThat(r.a()).isEqualTo("q1");
        assertThat(r.b()).isEqualTo("q2");
        assertThat(r.relation()).isIn(QuoteRelation.PARAPHRASE, QuoteRelation.ALTERED);
        assertThat(r.diff().render()).contains("[-lorries-]").contains("{+trucks+}");
        assertThat(d.bySide()).containsOnlyKeys("Portugal");
    }

    @Test
    void differentSpeakersAreDifferentSides() {
        StoryArticle a = article(
                "a",
                "“We will not sign this,” said Jonas Berg, Norway's fisheries minister.",
                "Jonas Berg",
                "We will not sign this,",
                null);
        StoryArticle b = article(
                "b",
                "“The quota stays as it is,” said Ana Ruiz, a Spanish official.",
                "Ana Ruiz",
                "The quota stays as it is,",
                null);
        StoryDigest d = digester.digest(List.of(a, b));
        assertThat(d.speakers()).extracting(s -> s.name()).containsExactlyInAnyOrder("Jonas Berg", "Ana Ruiz");
        assertThat(d.quoteGroups()).isEmpty();
        assertThat(d.bySide()).containsOnlyKeys("Norway", "Spain");
    }

    @Test
    void emptyStoryHasAnEmptyDigest() {
        StoryDigest d = digester.digest(List.of());
        assertThat(d.speakers()).isEmpty();
        assertThat(d.quotes()).isEmpty();
        assertThat(d.quoteGroups()).isEmpty();
        assertThat(d.bySide()).isEmpty();
    }

    @Test
    void quotesOutsideTheTextAreDropped() {
        StoryArticle a = article("a", "“Fine,” said Ola Dahl.", "Ola Dahl", "Fine,", null);
        Quote broken = new Quote(QuoteKind.DIRECT, new Span(0, 500), null, null, null, null, null, false);
        StoryArticle bad = new StoryArticle(
                a.article(), List.of(), a.names(), List.of(a.quotes().get(0), broken), List.of(), List.of());
        assertThat(digester.digest(List.of(bad)).quotes()).hasSize(1);
    }
}

package io.storyline.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Span;
import io.storyline.names.Name;
import io.storyline.names.NameType;
import io.storyline.quotes.Quote;
import io.storyline.quotes.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SpeakerCanonicalizerTest {

    private final SpeakerCanonicalizer canonicalizer = new SpeakerCanonicalizer();

    /** An article whose text is {@code text}; each quote is the whole text, said by {@code speakers[i]}. */
    private static ArticleQuotes article(String id, String text, List<Quote> quotes, String... persons) {
        List<Name> names = new ArrayList<>();
        for (String p : persons) {
            int at = text.indexOf(p);
            names.add(
                    new Name(new Span(at, at + p.length()), p, NameType.PERSON, p.toLowerCase(java.util.Locale.ROOT)));
        }
        return new ArticleQuotes(id, text, quotes, names);
    }

    private static Quote said(String text, String written, @Nullable String speaker, @Nullable String role) {
        int at = text.indexOf(written);
        return new Quote(
                QuoteKind.DIRECT,
                new Span(0, 5),
                null,
                new Span(at, at + written.length()),
                written,
                speaker,
                role,
                false);
    }

    @Test
    void mergesVariantSpellingsOfOnePersonAcrossArticles() {
        String a = "Defence minister Olek Marchenko said the bridge will open.";
        String b = "Olek Marchenkko said the bridge would open soon.";
        String c = "\"It opens in May,\" Marchenko said.";
        StorySpeakers s = canonicalizer.canonicalize(List.of(
                article(
                        "a",
                        a,
                        List.of(said(a, "Defence minister Olek Marchenko", "Olek Marchenko", "Defence minister")),
                        "Olek Marchenko"),
                article("b", b, List.of(said(b, "Olek Marchenkko", "Olek Marchenkko", null)), "Olek Marchenkko"),
                article("c", c, List.of(said(c, "Marchenko", "Marchenko", null)), "Marchenko")));
        assertThat(s.speakers()).hasSize(1);
        Speaker p = s.speakers().get(0);
        assertThat(p.name()).isEqualTo("Olek Marchenko");
        assertThat(p.variants()).contains("Olek Marchenko", "Olek Marchenkko", "Marchenko");
        assertThat(p.quotes()).isEqualTo(3);
        assertThat(p.role()).isEqualTo("Defence minister");
        assertThat(s.speakerId(new QuoteRef("b", 0))).isEqualTo(p.id());
    }

    @Test
    void keepsPeopleWithDifferentGivenNamesApart() {
        String a = "Anna Kovacs said yes. Peter Kovacs said no. Later Kovacs said maybe.";
        StorySpeakers s = canonicalizer.canonicalize(List.of(article(
                "a",
                a,
                List.of(said(a, "Anna Kovacs", "Anna Kovacs", null), said(a, "Peter Kovacs", "Peter Kovacs", null)),
                "Anna Kovacs",
                "Peter Kovacs")));
        assertThat(s.speakers()).extracting(Speaker::name).containsExactlyInAnyOrder("Anna Kovacs", "Peter Kovacs");
        assertThat(s.speakerId(new QuoteRef("a", 0))).isNotEqualTo(s.speakerId(new QuoteRef("a", 1)));
    }

    @Test
    void acceptsNicknamesParenthesesAndGluedNames() {
        String a = "Adviser (Mikael) Strand and Matthewcorley spoke.";
        String b = "Michael Strand said it. Mike Strand agreed. Matthew Corley said so.";
        StorySpeakers s = canonicalizer.canonicalize(List.of(
                article(
                        "a",
                        a,
                        List.of(said(a, "Matthewcorley", "Matthewcorley", null)),
                        "(Mikael) Strand",
                        "Matthewcorley"),
                article(
                        "b",
                        b,
                        List.of(
                                said(b, "Matthew Corley", "Matthew Corley", null),
                                said(b, "Mike Strand", "Mike Strand", null)),
                        "Michael Strand",
                        "Mike Strand",
                        "Matthew Corley")));
        assertThat(s.speakers())
                .extracting(Speaker::name)
                .containsExactlyInAnyOrder("Matthew Corley", "Michael Strand");
        assertThat(s.speakers().stream()
                        .filter(p -> p.name().equals("Matthew Corley"))
                        .findFirst()
                        .orElseThrow()
                        .variants())
                .contains("Matthewcorley");
    }

    @Test
    void institutionsAndSidesComeFromTheText() {
        String a = "The Kremlin said talks were useful. French foreign minister Anne Delorme said so too.";
        String b = "Luis Ortega, an analyst at the Brookfield Institute, said it was early.";
        StorySpeakers s = canonicalizer.canonicalize(List.of(
                article(
                        "a",
                        a,
                        List.of(said(a, "The Kremlin", "Kremlin", null), said(a, "Anne Delorme", "Anne Delorme", null)),
                        "Anne Delorme"),
                article("b", b, List.of(said(b, "Luis Ortega", "Luis Ortega", null)), "Luis Ortega")));
        assertThat(s.speakers())
                .extracting(Speaker::name, Speaker::side, Speaker::kind)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Kremlin", "Russia", EntityKind.INSTITUTION),
                        org.assertj.core.groups.Tuple.tuple("Anne Delorme", "France", EntityKind.PERSON),
                        org.assertj.core.groups.Tuple.tuple("Luis Ortega", "Brookfield Institute", EntityKind.PERSON));
    }

    @Test
    void anonymousSourcesHaveNoSpeakerButMayHaveASide() {
        String a = "Two Turkish officials said the deal was close.";
        Quote q = new Quote(
                QuoteKind.INDIRECT, new Span(0, 5), null, new Span(0, 21), "Two Turkish officials", null, null, true);
        Quote generic = said(a, "officials", "officials", null);
        StorySpeakers s = canonicalizer.canonicalize(List.of(article("a", a, List.of(q, generic))));
        assertThat(s.speakers()).isEmpty();
        assertThat(s.isAnonymous(new QuoteRef("a", 0))).isTrue();
        assertThat(s.isAnonymous(new QuoteRef("a", 1))).isTrue();
        assertThat(s.sideOf(new QuoteRef("a", 0))).contains("Turkey");
    }

    @Test
    void emptyStoryHasNoSpeakers() {
        assertThat(canonicalizer.canonicalize(List.of())).isEqualTo(StorySpeakers.empty());
        assertThat(canonicalizer
                        .canonicalize(List.of(new ArticleQuotes("a", "", List.of(), List.of())))
                        .speakers())
                .isEmpty();
    }

    @Property(tries = 200)
    void junkSpeakerStringsNeverThrow(
            @ForAll @StringLength(max = 60) String speaker, @ForAll @StringLength(max = 60) String text) {
        String t = text + " " + speaker;
        Quote q = new Quote(
                QuoteKind.DIRECT, new Span(0, t.length()), null, new Span(0, t.length()), t, speaker, speaker, false);
        List<Name> names = speaker.isBlank()
                ? List.of()
                : List.of(new Name(new Span(text.length() + 1, t.length()), speaker, NameType.PERSON, "k"));
        StorySpeakers s = canonicalizer.canonicalize(List.of(new ArticleQuotes("a", t, List.of(q, q), names)));
        assertThat(s.speakers().size()).isLessThanOrEqualTo(1);
    }

    @Test
    void affiliationsComeFromPartyTagsAndOrganisationsAcrossMentions() {
        String a = "\"The levy is unfair,\" Rep. Ana Ruiz, D-Ore., said. Lis Varga, a spokeswoman for the"
                + " Harlan campaign, said the plan was sound.";
        String b = "\"We stand by the plan,\" Varga said.";
        StorySpeakers s = canonicalizer.canonicalize(List.of(
                article(
                        "a",
                        a,
                        List.of(said(a, "Rep. Ana Ruiz", "Ana Ruiz", "Rep."), said(a, "Lis Varga", "Lis Varga", null)),
                        "Ana Ruiz",
                        "Lis Varga"),
                article("b", b, List.of(said(b, "Varga", "Varga", null)), "Varga")));
        Speaker ruiz = s.speakerOf(new QuoteRef("a", 0)).orElseThrow();
        Speaker varga = s.speakerOf(new QuoteRef("b", 0)).orElseThrow();
        assertThat(ruiz.affiliations()).containsExactly("Democratic Party");
        assertThat(varga.name()).isEqualTo("Lis Varga");
        assertThat(varga.affiliations()).containsExactly("Harlan campaign");
    }
}

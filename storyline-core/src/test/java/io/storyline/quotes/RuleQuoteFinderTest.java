package io.storyline.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storyline.core.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden tests on invented text, one per construction. */
class RuleQuoteFinderTest {

    private static final RuleQuoteFinder FINDER = new RuleQuoteFinder();

    private static List<Quote> find(String text) {
        return Articles.quotes(FINDER, text);
    }

    private static Quote quote(String text, String words) {
        return find(text).stream()
                .filter(q -> q.span().of(text).equals(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote \"" + words + "\" in " + describe(text)));
    }

    private static String cueOf(String text, Quote q) {
        Span cue = q.cue();
        return cue == null ? "" : cue.of(text);
    }

    private static String describe(String text) {
        StringBuilder b = new StringBuilder();
        for (Quote q : find(text)) {
            b.append("\n  ")
                    .append(q.kind())
                    .append(" [")
                    .append(q.span().of(text))
                    .append("] ")
                    .append(q.speaker())
                    .append(" / ")
                    .append(q.speakerText());
        }
        return b.toString();
    }

    @Test
    void emptyTextHasNoQuotes() {
        assertThat(find("")).isEmpty();
        assertThat(FINDER.find("", List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void postposedNamedSpeakerWithTitleAndRole() {
        String text = "“We will reopen the bridge next week,” said Transport Minister Oskar Lindqvist on Monday.";
        Quote q = quote(text, "We will reopen the bridge next week,");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.speaker()).isEqualTo("Oskar Lindqvist");
        assertThat(q.role()).isEqualTo("Transport Minister");
        assertThat(q.speakerText()).isEqualTo("Transport Minister Oskar Lindqvist");
        assertThat(cueOf(text, q)).isEqualTo("said");
        assertThat(q.anonymous()).isFalse();
    }

    @Test
    void everyMarkStyle() {
        String text = """
                Mayor Ines Carvalho said: «The harbour stays closed for repairs.»
                Lina Ortiz replied: „We have heard this promise before and nothing changed.“
                Ortiz added: "The fishermen cannot wait another season for the work."
                Ortiz wrote: ‘Nobody asked the people who live next to the harbour.’""";
        assertThat(quote(text, "The harbour stays closed for repairs.").speaker())
                .isEqualTo("Ines Carvalho");
        assertThat(quote(text, "We have heard this promise before and nothing changed.")
                        .speaker())
                .isEqualTo("Lina Ortiz");
        assertThat(quote(text, "The fishermen cannot wait another season for the work.")
                        .speaker())
                .isEqualTo("Lina Ortiz");
        assertThat(quote(text, "Nobody asked the people who live next to the harbour.")
                        .speaker())
                .isEqualTo("Lina Ortiz");
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        String text = "The council’s plan isn’t new, and the residents’ patience is thin, the report said.";
        assertThat(find(text)).noneMatch(q -> q.kind() == QuoteKind.DIRECT);
    }

    @Test
    void quoteRunsOverParagraphsWhenTheNextOneOpensWithAMark() {
        String text = "“The first part of the plan is about the roads and the bridges in the valley.\n\n"
                + "“The second part is about the schools,” said Governor Tomas Varga.";
        Quote first = quote(text, "The first part of the plan is about the roads and the bridges in the valley.");
        Quote second = quote(text, "The second part is about the schools,");
        assertThat(first.speaker()).isEqualTo("Tomas Varga");
        assertThat(second.speaker()).isEqualTo("Tomas Varga");
    }

    @Test
    void dashSpeechInTranslatedPress() {
        String text = "The deal is good for both countries – said Anna Kowalczyk, an economist at the institute. "
                + "– Prices will fall within a year – she added.";
        Quote first = quote(text, "The deal is good for both countries");
        assertThat(first.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(first.speaker()).isEqualTo("Anna Kowalczyk");
        Quote second = quote(text, "Prices will fall within a year");
        assertThat(second.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(second.speaker()).isEqualTo("Anna Kowalczyk");
        assertThat(second.speakerText()).isEqualTo("she");
    }

    @Test
    void indirectSpeechWithThatAndWithout() {
        String text = "The ministry said on Tuesday that the border would stay open. "
                + "Police chief Marta Nilsen told reporters the roads were safe.";
        Quote a = quote(text, "the border would stay open");
        assertThat(a.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(a.speaker()).isEqualTo("ministry");
        Quote b = quote(text, "the roads were safe");
        assertThat(b.speaker()).isEqualTo("Marta Nilsen");
        assertThat(cueOf(text, b)).isEqualTo("told");
    }

    @Test
    void accordingToBeforeAndAfter() {
        String text = "According to Selim Adany, the talks will resume in May. "
                + "The harvest was the worst in a decade, according to the farmers union.";
        assertThat(quote(text, "the talks will resume in May").speaker()).isEqualTo("Selim Adany");
        Quote after = quote(text, "The harvest was the worst in a decade");
        assertThat(after.speakerText()).isEqualTo("the farmers union");
    }

    @Test
    void postposedIndirectClause() {
        String text = "The dam will be finished by spring, the engineer Pavel Horak said.";
        Quote q = quote(text, "The dam will be finished by spring");
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        // the tagger reads "Pavel" as a common noun here, so only the surname is a name
        assertThat(q.speaker()).endsWith("Horak");
        assertThat(q.speakerText()).isEqualTo("the engineer Pavel Horak");
    }

    @Test
    void mixedQuoteAndItsQuotedWords() {
        String text = "Senator Ruth Abara said the plan was “a gift to polluters” and would fail.";
        Quote mixed = quote(text, "the plan was “a gift to polluters” and would fail");
        assertThat(mixed.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(quote(text, "a gift to polluters").speaker()).isEqualTo("Ruth Abara");
    }

    @Test
    void pronounsAndDescriptionsResolveToTheEarlierSpeaker() {
        String text = """
                Company spokesman Erik Dahl said the plant would close. Mayor Ines Carvalho was not asked.
                “We tried everything,” the spokesman said.
                “There was no buyer,” he added.""";
        Quote a = quote(text, "We tried everything,");
        assertThat(a.speaker()).isEqualTo("Erik Dahl");
        assertThat(a.speakerText()).isEqualTo("the spokesman");
        assertThat(quote(text, "There was no buyer,").speaker()).isEqualTo("Erik Dahl");
    }

    @Test
    void pronounResolvesAcrossABoilerplateGap() {
        String text = """
                Governor Tomas Varga rejected the plan on Monday.
                Sign up for our newsletter
                “It is too expensive for the region,” he said.""";
        List<Span> boilerplate = List.of(new Span(50, 76));
        assertThat(new Span(50, 76).of(text)).isEqualTo("Sign up for our newsletter");
        var sentences = Articles.NLP.sentences(text, boilerplate);
        List<Quote> qs = FINDER.find(text, sentences, Articles.NAMES.find(text, sentences), boilerplate);
        assertThat(qs.stream().filter(q -> q.kind() == QuoteKind.DIRECT))
                .singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("Tomas Varga"));
    }

    @Test
    void quotesInsideBoilerplateAreIgnored() {
        String text = "The river rose overnight.\n“Subscribe now to read every story we publish,” the site says.";
        List<Span> boilerplate = List.of(new Span(26, text.length()));
        var sentences = Articles.NLP.sentences(text, boilerplate);
        assertThat(FINDER.find(text, sentences, Articles.NAMES.find(text, sentences), boilerplate))
                .isEmpty();
    }

    @Test
    void anonymousSourcesKeepTheirWordsButNoSpeaker() {
        String text = "A senior official told reporters that the army would withdraw. "
                + "The vote would be delayed, according to sources close to the cabinet. "
                + "Experts warned that prices would rise.";
        for (String words : List.of("the army would withdraw", "The vote would be delayed", "prices would rise")) {
            Quote q = quote(text, words);
            assertThat(q.anonymous()).as(words).isTrue();
            assertThat(q.speaker()).as(words).isNull();
            assertThat(q.speakerText()).as(words).isNotNull();
        }
    }

    @Test
    void institutionsSpeak() {
        String text = "The Valmora Port Authority said it would keep the harbour closed.";
        Quote q = quote(text, "it would keep the harbour closed");
        assertThat(q.speaker()).isEqualTo("Valmora Port Authority");
        assertThat(q.anonymous()).isFalse();
    }

    @Test
    void rejectsAnAnonymousQuoteWithASpeaker() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new Quote(QuoteKind.DIRECT, new Span(0, 1), null, null, null, "X", null, true));
        assertThat(e.getMessage()).contains("anonymous");
    }

    @Test
    void rejectsBadOptions() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new QuoteFinderOptions(true, true, true, 0));
        assertThat(e.getMessage()).contains("minUnattributedWords");
    }

    @Test
    void doubledApostrophesMarkQuotesAndATitleDoesNotEndTheSentence() {
        String text = "The harbour stays shut. ''We will reopen it in spring,'' Mrs. Lina Ortiz said.";
        Quote q = quote(text, "We will reopen it in spring,");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.speaker()).isEqualTo("Lina Ortiz");
    }

    @Test
    void aReportingClauseInsideTheReportedOneSplitsIt() {
        String text = "The new bridge, officials said, will not open before the autumn floods.";
        Quote before = quote(text, "The new bridge");
        Quote after = quote(text, "will not open before the autumn floods");
        assertThat(before.anonymous()).isTrue();
        assertThat(after.anonymous()).isTrue();
        assertThat(cueOf(text, after)).isEqualTo("said");
    }

    @Test
    void objectCuesReportTheirObject() {
        String text = "Senator Lina Ortiz criticized the harbour plan of the city council. "
                + "Tomas Berg urged the council to delay the vote until spring.";
        assertThat(quote(text, "the harbour plan of the city council").speaker())
                .isEqualTo("Lina Ortiz");
        Quote urged = find(text).stream()
                .filter(q -> q.span().of(text).contains("delay the vote"))
                .findFirst()
                .orElseThrow();
        assertThat(urged.speaker()).isEqualTo("Tomas Berg");
    }

    @Test
    void pollsReportFindingsWithoutThat() {
        String text = "A new poll shows Lina Ortiz leading the race by five points.";
        Quote q = quote(text, "Lina Ortiz leading the race by five points");
        assertThat(q.speakerText()).isEqualTo("A new poll");
    }

    @Test
    void longSubjectsAndSharesOfRespondents() {
        String text = "Residents who have lived near the plant for years say the water is unsafe to drink. "
                + "Among older voters, 61 percent said they would back the levy.";
        assertThat(quote(text, "the water is unsafe to drink").speakerText()).isEqualTo("Residents");
        assertThat(quote(text, "they would back the levy").speakerText()).isEqualTo("61 percent");
    }

    @Test
    void relativeClausesReportTheirVerbPhrase() {
        String text = "The council dropped the plan, which officials said was far too costly for the city.";
        Quote q = quote(text, "was far too costly for the city");
        assertThat(q.anonymous()).isTrue();
    }

    @Test
    void pronounsFollowGenderAndTheLastSubject() {
        String text = String.join(
                "\n\n",
                "Tomas Berg spoke first. \"The port must stay open,\" Berg said.",
                "Lina Ortiz later apologized for the delay.",
                "\"I was wrong to wait so long,\" she said.");
        assertThat(quote(text, "I was wrong to wait so long,").speaker()).isEqualTo("Lina Ortiz");
    }

    @Test
    void aDescriptionResolvesToThePersonNamedLater() {
        String text = String.join(
                "\n\n",
                "The mayor's chief transport adviser said the bridge would reopen in May.",
                "Oskar Lindqvist, who has led the city's transport office since 2019, said the repairs were on time.");
        assertThat(quote(text, "the bridge would reopen in May").speaker()).isEqualTo("Oskar Lindqvist");
    }

    @Test
    void aPassiveIsNotItsSubjectsWords() {
        String text = "The race was called shortly after midnight by the election board.";
        assertThat(find(text)).noneMatch(q -> "The race".equals(q.speakerText()) || "race".equals(q.speaker()));
    }

    @Test
    void aParticipleAfterACommaSpeaksForTheNearestPersonSubject() {
        String text = "The governor's remarks came as Ines Varga declined an invitation to meet the union,"
                + " saying such a meeting could \"deepen the dispute.\"";
        assertThat(quote(text, "deepen the dispute.").speaker()).isEqualTo("Ines Varga");
        String writing = String.join(
                "\n\n",
                "Marta Kessel posted the photo on Sunday.",
                "Kessel later apologized for her post, writing \"I judged the two of them far too quickly.\"");
        assertThat(quote(writing, "I judged the two of them far too quickly.").speaker())
                .isEqualTo("Marta Kessel");
    }

    @Test
    void aPronounInTheSentenceOfItsSubjectIsTheSubject() {
        String text = "Erik Olsen threw several jabs at Tomas Reed, whom he called a \"reckless gambler.\"";
        assertThat(quote(text, "reckless gambler.").speaker()).isEqualTo("Erik Olsen");
        String told = String.join(
                "\n\n",
                "Ines Varga told Sens. Lena Fisk and Anna Dorn that she regrets the delay.",
                "\"My only aim was to protect the harbour,\" she told the senators in a letter.");
        assertThat(quote(told, "My only aim was to protect the harbour,").speaker())
                .isEqualTo("Ines Varga");
    }

    @Test
    void theNameRightAfterTheClosingMarkSpeaksNotANameInsideTheWords() {
        String text = "Voters should back the plan because, unlike councillor Tomas Reed, she is a \"steady hand,\""
                + " Erik Olsen, the former harbour master, said on Wednesday.";
        assertThat(quote(text, "steady hand,").speaker()).isEqualTo("Erik Olsen");
    }

    @Test
    void aClauseEndingTheParagraphWithoutAStopStillAttributes() {
        String text = "\"Shame on the council for failing the dockworkers,\" Rep. Anna Kessler, D-Maine, said"
                + "\n\nThe council did not answer.";
        assertThat(quote(text, "Shame on the council for failing the dockworkers,")
                        .speaker())
                .isEqualTo("Anna Kessler");
    }

    @Test
    void aRoleNoEarlierTitleFitsIsTheLastSubject() {
        String text = String.join(
                "\n\n",
                "Tomas Lindgren responded on Tuesday, calling the ruling a \"gift to the shipping lobby.\"",
                "\"It is a disgrace to the port. I could not believe it,\" the presumptive nominee said.");
        assertThat(quote(text, "gift to the shipping lobby.").speaker()).isEqualTo("Tomas Lindgren");
        assertThat(quote(text, "It is a disgrace to the port. I could not believe it,")
                        .speaker())
                .isEqualTo("Tomas Lindgren");
    }

    @Test
    void stanceClauseWithoutSpeakerKeepsItsSubject() {
        String text = "The harbour board met on Monday. The repair plan seems to have little support among the"
                + " fishermen. The council is expected to vote on the budget next week.";
        Quote seems = quote(text, "The repair plan seems to have little support among the fishermen");
        assertThat(seems.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(seems.speaker()).isNull();
        assertThat(seems.speakerText()).isNull();
        assertThat(quote(text, "The council is expected to vote on the budget next week")
                        .speaker())
                .isNull();
        assertThat(find("The minister appeared on the evening news.")).isEmpty();
    }

    @Test
    void personNamedEarlierIsASpeakerWhateverItsTag() {
        String text = "Talia Brandvold spoke at the harbour on Monday. At one point, Brandvold said Kessler's"
                + " plan would close the harbour for a year.";
        Quote q = quote(text, "Kessler's plan would close the harbour for a year");
        assertThat(q.speaker()).isEqualTo("Talia Brandvold");
        assertThat(cueOf(text, q)).isEqualTo("said");
    }

    @Test
    void headlineColonGivesTheWordsToTheNamedSpeaker() {
        String text = "Mayor Ines Carvalho: The harbour will reopen before the summer\n\n"
                + "The mayor of the port town spoke to reporters on Monday.";
        Quote q = quote(text, "The harbour will reopen before the summer");
        assertThat(q.speakerText()).isEqualTo("Mayor Ines Carvalho");
        assertThat(find("The Latest: Harbour works start in the north\n\nThe works began on Monday."))
                .isEmpty();
    }

    @Test
    void findingOfAPollWithADescriptionBeforeItsVerb() {
        String text = "The poll, released on Tuesday by the Harbour Institute, showed Ortiz leading Kessler by"
                + " four points. Turnout will be low in the north, an analysis of newly filed court records shows.";
        Quote ahead = quote(text, "Ortiz leading Kessler by four points");
        assertThat(ahead.speakerText()).isEqualTo("The poll");
        Quote low = quote(text, "Turnout will be low in the north");
        assertThat(low.speakerText()).isEqualTo("an analysis of newly filed court records");
    }

    @Test
    void accordingToAfterTheWordsKeepsTheSourcesDescriptionOut() {
        String text = "Maria won the vote, according to Andrew Kessler, who counted the ballots.";
        Quote q = quote(text, "Maria won the vote");
        assertThat(q.speaker()).isEqualTo("Andrew Kessler");
        assertThat(find(text)).noneMatch(x -> x.span().of(text).startsWith("who counted"));
    }
}

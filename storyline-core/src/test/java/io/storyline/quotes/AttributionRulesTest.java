package io.storyline.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each clause rule of {@link ClauseRules.RULES} on a sentence of its own (written for this test): the
 * rule that decides on the reporting verb is the one named, and every rule is named by some case.
 */
class AttributionRulesTest {

    private static Doc doc(String text) {
        List<Sentence> sentences = SentenceRepair.repair(text, Articles.NLP.sentences(text, List.of()));
        return new Doc(
                text,
                sentences,
                Articles.NAMES.find(text, sentences),
                new QuoteMarks(QuoteFinderOptions.defaults().singleMarks()).find(text, List.of()));
    }

    /** The rule deciding on the first token {@code cue} of {@code text}'s first sentence. */
    private static @Nullable String rule(String text, String cue) {
        Doc doc = doc(text);
        List<Token> ts = doc.sentences.get(0).tokens();
        for (int k = 0; k < ts.size(); k++) {
            if (ts.get(k).text().equals(cue)) {
                return new Attributions(doc).ruleAt(0, ts, k);
            }
        }
        throw new AssertionError("no token \"" + cue + "\" in " + text);
    }

    static final String[][] CASES = {
        {"asked-when", "Asked about the budget, the mayor said the city would cope.", "Asked"},
        {"as-clause", "The bridge will close in May, as reported by the city council.", "reported"},
        {"passive-be", "He was told that the plant would close in the spring.", "told"},
        {"infinitive", "The minister was quick to retort that the figures were wrong.", "retort"},
        {"issued-participle", "The ministry released a statement on Tuesday saying the plant would close.", "saying"},
        {"be-or-as-before", "The plant will close, as previously reported by the local paper.", "reported"},
        {"after-comma", "Maria Lopez, the mayor of Eastbrook, said the bridge would reopen.", "said"},
        {"inverted", "“We will win the final,” said the coach of the Harbour Rovers.", "said"},
        {"relative-pronoun", "The two envoys, who said the talks had stalled, left the room early.", "said"},
        {"subject-phrase", "The transport minister said the bridge would reopen in May.", "said"},
    };

    static Stream<Arguments> cases() {
        return Stream.of(CASES).map(c -> Arguments.of((Object[]) c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleDecidesOnItsOwnConstruction(String name, String text, String cue) {
        assertThat(rule(text, cue)).as(text).isEqualTo(name);
    }

    @Test
    void everyRuleHasACaseAndAWordThatReportsNothingHasNoRule() {
        List<String> named = new ArrayList<>();
        for (String[] c : CASES) {
            named.add(c[0]);
        }
        assertThat(named)
                .containsExactlyElementsOf(ClauseRules.RULES.stream()
                        .map(ClauseRules.NamedRule::name)
                        .toList());
        assertThat(rule("The bridge reopened in May after a long repair.", "reopened"))
                .isNull();
    }
}

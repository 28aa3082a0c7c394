package io.storyline.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class StatementAlignerTest {

    private static final OpenNlpAnalyzer NLP = new OpenNlpAnalyzer(EnglishModels.load());
    private static final StatementAligner LEXICAL = new StatementAligner(null);

    private static Statement st(String text) {
        return Statement.of(text, NLP);
    }

    @Test
    void alignsARewordedStatement() {
        Alignment a = LEXICAL.align(
                st("The Harbor City council voted on Tuesday to close the old ferry terminal by March."),
                st("On Tuesday the Harbor City council voted to close the old ferry terminal by March."));
        assertThat(a.same()).isTrue();
        assertThat(a.embedded()).isFalse();
    }

    @Test
    void keepsStatementsOnlySharingATopicApart() {
        Alignment a = LEXICAL.align(
                st("The Harbor City council voted on Tuesday to close the old ferry terminal."),
                st("Ferry passengers in Harbor City complained about long queues at the terminal last summer."));
        assertThat(a.same()).isFalse();
    }

    @Test
    void countsNegationsForTheContradictionTest() {
        assertThat(st("The council has not approved the plan.").negations()).isEqualTo(1);
        assertThat(st("The council approved the plan.").negations()).isZero();
        assertThat(st("The council didn't approve the plan.").negations()).isEqualTo(1);
    }

    @Test
    void emptyStatementsAreDifferent() {
        assertThat(LEXICAL.align(st(""), st("")).same()).isFalse();
    }

    @Test
    void matchesMangledNameSpellings() {
        assertThat(NameVariants.similar("witkov", "witkoff")).isTrue();
        assertThat(NameVariants.similar("konstantinkosachev", "kosachev")).isTrue();
        assertThat(NameVariants.similar("lisbon", "london")).isFalse();
    }

    @Test
    void rejectsThresholdsOutOfOrder() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new StatementAligner.Options(0.9, 0.3, 0.5, 2, 0.6));
        assertThat(e.getMessage()).contains("low <= high");
    }

    @Property(tries = 60)
    void junkNeverThrows(@ForAll @StringLength(max = 200) String a, @ForAll @StringLength(max = 200) String b) {
        Alignment x = LEXICAL.align(st(a), st(b));
        assertThat(x.score()).isBetween(0.0, 1.0);
    }
}

package io.storyline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PolarityTest {

    private static final OpenNlpAnalyzer NLP = new OpenNlpAnalyzer(EnglishModels.load());

    private static Statement s(String text) {
        return Statement.of(text, NLP);
    }

    @Test
    void negationOfTheSameAssertionIsOpposite() {
        assertThat(Polarity.opposite(
                        s("The mayor supports the plan to close the ferry terminal."),
                        s("The mayor is unlikely to support the plan to close the ferry terminal.")))
                .isTrue();
    }

    @Test
    void negatedAntonymAgrees() {
        assertThat(Polarity.opposite(
                        s("The council will not accept the offer from the ferry company."),
                        s("The council rejects the offer from the ferry company.")))
                .isFalse();
        assertThat(Polarity.opposite(
                        s("The council accepts the offer from the ferry company."),
                        s("The council rejects the offer from the ferry company.")))
                .isTrue();
    }

    @Test
    void oppositeAxisWordsAboutDifferentThingsDoNotContradict() {
        assertThat(Polarity.opposite(
                        s("The council would not accept private security guards at the terminal."),
                        s("The council is ready to accept the ferry company's offer.")))
                .isFalse();
        assertThat(Polarity.opposite(
                        s("The council's complete rejection of the offer angered the ferry company."),
                        s("The council supports the idea of an offer from the company.")))
                .isTrue();
        assertThat(Polarity.opposite(s("The council refused."), s("The council accepts the offer.")))
                .isTrue();
        assertThat(Polarity.opposite(s("The offer was rejected."), s("The council accepts the offer.")))
                .isTrue();
        assertThat(Polarity.opposite(s("The new bus line was rejected."), s("The council accepts the offer.")))
                .isFalse();
    }

    @Test
    void aNegationContradictsOnlyWhatTheOtherStatementSpeaksOf() {
        assertThat(Polarity.opposite(
                        s("The ferry company did not offer the captain a paid position."),
                        s("The ferry company offered the captain a seat on its board.")))
                .isTrue();
        assertThat(Polarity.opposite(
                        s("The ferry company did not disclose its plans."),
                        s("The ferry company spoke for weeks about the new deal.")))
                .isFalse();
    }

    @Test
    void otherQuantitiesAreOppositeButYearsAreNot() {
        assertThat(Polarity.opposite(
                        s("The fare rose to 3 dollars in 2030."), s("The fare rose to 5 dollars in 2030.")))
                .isTrue();
        assertThat(Polarity.opposite(s("The terminal opened in 1962."), s("The terminal first opened in 1963.")))
                .isFalse();
    }

    @Test
    void goingOnWithAWarOpposesAPeace() {
        assertThat(Polarity.opposite(
                        s("The rebels seek a lasting peace aimed at continuing the conflict later."),
                        s("The rebels seek a lasting peaceful settlement of the dispute.")))
                .isTrue();
        assertThat(Polarity.opposite(
                        s("The rebels do not want to continue the war."),
                        s("The rebels seek a lasting peaceful settlement of the dispute.")))
                .isFalse();
        assertThat(Polarity.opposite(
                        s("The rebels do not want to stop the fighting."), s("The rebels want to end the war.")))
                .isTrue();
        assertThat(Polarity.opposite(s("Talks aim to end the war."), s("Talks aim at a peace deal.")))
                .isFalse();
        assertThat(Polarity.opposite(
                        s("The rebels do not want to stop the fighting."),
                        s("Their gains put the rebels in a strong place in peace talks.")))
                .isFalse();
    }

    @Test
    void planAndDeedAreTold() {
        assertThat(Polarity.planAndDeed(
                        s("The envoy is scheduled to travel to Oslo later this week."),
                        s("The envoy arrived in Oslo on Thursday.")))
                .isTrue();
        assertThat(Polarity.planAndDeed(
                        s("The envoy traveled to Oslo on Thursday."), s("The envoy arrived in Oslo on Thursday.")))
                .isFalse();
    }

    @Test
    void emptyStatementsAreNotOpposite() {
        assertThat(Polarity.opposite(s(""), s(""))).isFalse();
        assertThat(Polarity.planAndDeed(s(""), s(""))).isFalse();
    }

    @Property(tries = 50)
    void junkNeverThrows(@ForAll @StringLength(max = 200) String a, @ForAll @StringLength(max = 200) String b) {
        Polarity.opposite(s(a), s(b));
        Polarity.planAndDeed(s(a), s(b));
    }
}

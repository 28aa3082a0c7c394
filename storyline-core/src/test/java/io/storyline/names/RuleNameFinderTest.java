package io.storyline.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class RuleNameFinderTest {

    private static final OpenNlpAnalyzer NLP = new OpenNlpAnalyzer(EnglishModels.load());
    private static final RuleNameFinder FINDER = new RuleNameFinder();

    private static List<Name> names(String text) {
        return FINDER.find(text, NLP.sentences(text, List.of()));
    }

    @Test
    void findsTitledPersonWithoutTheTitleAndResolvesTheSurnameLater() {
        String text = "Transport Minister Oskar Lindqvist urged both sides to talk. Lindqvist said fuel was short.";
        List<Name> found = names(text);
        Name first = found.stream()
                .filter(n -> n.text().equals("Oskar Lindqvist"))
                .findFirst()
                .orElseThrow();
        assertThat(first.type()).isEqualTo(NameType.PERSON);
        assertThat(first.key()).isEqualTo("oskar lindqvist");
        assertThat(first.span().of(text)).isEqualTo("Oskar Lindqvist");
        Name later = found.stream()
                .filter(n -> n.text().equals("Lindqvist"))
                .findFirst()
                .orElseThrow();
        assertThat(later.key()).isEqualTo("oskar lindqvist");
    }

    @Test
    void typesOrganisationsAndPlaces() {
        List<Name> found = names("The Valmora Port Authority said ships were waiting in Dunmere.");
        assertThat(found).anySatisfy(n -> {
            assertThat(n.key()).isEqualTo("valmora port authority");
            assertThat(n.type()).isEqualTo(NameType.ORGANIZATION);
        });
        assertThat(found).anySatisfy(n -> {
            assertThat(n.key()).isEqualTo("dunmere");
            assertThat(n.type()).isEqualTo(NameType.PLACE);
        });
    }

    @Test
    void weekdaysAndMonthsAreNotNames() {
        assertThat(names("On Monday in March the talks resumed."))
                .noneMatch(n -> n.key().equals("monday"));
    }

    @Test
    void normaliseFoldsAccentsPossessivesAndCase() {
        assertThat(RuleNameFinder.normalise("José Núñez’s")).isEqualTo("jose nunez");
    }

    @Test
    void emptyTextHasNoNames() {
        assertThat(names("")).isEmpty();
    }

    @Property(tries = 50)
    void junkNeverThrows(@ForAll String junk) {
        names(junk);
    }
}

package io.storyline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenNlpAnalyzerTest {

    private static final OpenNlpAnalyzer NLP = new OpenNlpAnalyzer(EnglishModels.load());

    @Test
    void splitsLinesIntoSentencesWithTaggedTokens() {
        String text = "Harbor council delays vote\nMayor Lina Ortiz said on Monday that the harbor was closed. "
                + "Fishermen were angry.";
        List<Sentence> s = NLP.sentences(text, List.of());
        assertThat(s).hasSize(3);
        assertThat(s.get(0).span().of(text)).isEqualTo("Harbor council delays vote");
        Token ortiz = s.get(1).tokens().stream()
                .filter(t -> t.text().equals("Ortiz"))
                .findFirst()
                .orElseThrow();
        assertThat(ortiz.pos()).isEqualTo("PROPN");
        assertThat(text.substring(ortiz.start(), ortiz.end())).isEqualTo("Ortiz");
        Token were = s.get(2).tokens().get(1);
        assertThat(were.lemma()).isEqualTo("be");
    }

    @Test
    void skipsBoilerplateLines() {
        String text = "Subscribe now\nThe bridge reopened.";
        List<Sentence> s = NLP.sentences(text, List.of(new Span(0, 13)));
        assertThat(s).hasSize(1);
        assertThat(s.get(0).span().start()).isEqualTo(14);
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(NLP.sentences("", List.of())).isEmpty();
        assertThat(NLP.sentences("\n\n  \n", List.of())).isEmpty();
    }

    @Test
    void detectsEnglish() {
        assertThat(NLP.language("The bridge across the river reopened on Monday after repairs."))
                .isEqualTo("en");
    }
}

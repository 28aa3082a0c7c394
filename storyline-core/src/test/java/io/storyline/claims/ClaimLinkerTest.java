package io.storyline.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storyline.core.Span;
import io.storyline.embed.TextEmbedder;
import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ClaimLinkerTest {

    private static final OpenNlpAnalyzer NLP = new OpenNlpAnalyzer(EnglishModels.load());

    private static ClaimLinker linker(TextEmbedder embedder) {
        return new ClaimLinker(
                embedder,
                new StatementAligner(embedder, StatementAligner.Options.claims()),
                ClaimLinker.Options.defaults());
    }

    private static List<ClaimUnit> article(String id, String... texts) {
        List<ClaimUnit> out = new ArrayList<>();
        for (String t : texts) {
            out.add(new ClaimUnit(id, out.size(), new Span(0, t.length()), false, null, null, Statement.of(t, NLP)));
        }
        return out;
    }

    @Test
    void decidesALexicallySurePairWithoutEmbedding() {
        LetterEmbedder model = new LetterEmbedder();
        ClaimLinker.Links links = linker(model)
                .links(List.of(
                        article(
                                "a",
                                "The Harbor City council voted on Tuesday to close the old ferry terminal by March."),
                        article(
                                "b",
                                "On Tuesday the Harbor City council voted to close the old ferry terminal by March.")));
        assertThat(model.embedded).isEmpty();
        assertThat(links.links())
                .singleElement()
                .satisfies(l -> assertThat(l.similarity()).isGreaterThan(0.9));
    }

    @Test
    void embedsOnlyTheUnitsOfUndecidedPairs() {
        LetterEmbedder model = new LetterEmbedder();
        linker(model)
                .links(List.of(
                        article(
                                "a",
                                "Mayor Ilse Brandvold promised a new bridge over the Skarva river.",
                                "The weather in the valley stayed cold and wet all week."),
                        article(
                                "b",
                                "A crossing of the Skarva is what Brandvold pledged to voters.",
                                "Schools in the district reopened after the long holiday.")));
        assertThat(model.embedded)
                .containsExactlyInAnyOrder(
                        "Mayor Ilse Brandvold promised a new bridge over the Skarva river.",
                        "A crossing of the Skarva is what Brandvold pledged to voters.");
    }

    @Test
    void doesNotEmbedPairsSharingOnlyTheStorysTopicWords() {
        LetterEmbedder model = new LetterEmbedder();
        linker(model)
                .links(List.of(
                        article(
                                "a",
                                "The ferry terminal council met in the morning.",
                                "The ferry terminal council heard from angry residents."),
                        article(
                                "b",
                                "The ferry terminal council delayed its budget vote.",
                                "The ferry terminal council will meet again in spring.")));
        assertThat(model.embedded).isEmpty();
    }

    @Test
    void emptyStoryHasNoLinks() {
        assertThat(linker(new LetterEmbedder()).links(List.of()).links()).isEmpty();
        assertThat(linker(new LetterEmbedder())
                        .links(List.of(List.of(), List.of()))
                        .links())
                .isEmpty();
    }

    @Test
    void rejectsASureSameThresholdOutOfRange() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new ClaimLinker.Options(0.3, 0.4, 0.6, 0, 2));
        assertThat(e.getMessage()).contains("sureSame").contains("got 0.0");
    }

    @Property(tries = 30)
    void junkNeverThrows(
            @ForAll @Size(max = 4) List<@StringLength(max = 80) String> a,
            @ForAll @Size(max = 4) List<@StringLength(max = 80) String> b) {
        ClaimLinker.Links links = linker(new LetterEmbedder())
                .links(List.of(article("a", a.toArray(String[]::new)), article("b", b.toArray(String[]::new))));
        assertThat(links.links()).allSatisfy(l -> assertThat(l.a().article()).isNotEqualTo(l.b().article()));
    }
}

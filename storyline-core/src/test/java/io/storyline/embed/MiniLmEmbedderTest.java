package io.storyline.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MiniLmEmbedderTest {

    private static final List<String> TEXTS = List.of(
            "A short one.",
            "The central bank left interest rates unchanged for the third month in a row, citing inflation.",
            "",
            "Firefighters contained the blaze overnight.",
            "Rescue teams reached the flooded village by boat.");

    private MiniLmEmbedder embedder;

    @BeforeAll
    void load() {
        embedder = new MiniLmEmbedder();
    }

    @AfterAll
    void close() {
        embedder.close();
    }

    @Test
    void embedsInto384UnitLengthDimensions() {
        Embedding e = embedder.embed("The committee approved the budget on Monday.");

        assertThat(embedder.dimension()).isEqualTo(384);
        assertThat(e.dimension()).isEqualTo(384);
        assertThat(e.cosine(e)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        Embedding a = embedder.embed("The mayor announced that the new bridge will open next spring.");
        Embedding paraphrase =
                embedder.embed("According to the mayor, the new bridge opens in the spring of next year.");
        Embedding unrelated = embedder.embed("Heavy rain flooded several vineyards in the south of the region.");
        Embedding other = embedder.embed("A chess prodigy won the national title at the age of twelve.");

        assertThat(a.cosine(paraphrase)).isGreaterThan(0.7);
        assertThat(a.cosine(paraphrase)).isGreaterThan(a.cosine(unrelated) + 0.3);
        assertThat(a.cosine(paraphrase)).isGreaterThan(a.cosine(other) + 0.3);
    }

    @Test
    void agreesWithTheFullPrecisionModelOnThePublishedExample() {
        // The sentence-transformers quick-start example; the fp32 model prints cosines 0.6660, 0.1046
        // and 0.1411. The int8 weights give 0.660, 0.130, 0.160, a tokenizer or pooling bug much more.
        Embedding weather = embedder.embed("The weather is lovely today.");
        Embedding sunny = embedder.embed("It's so sunny outside!");
        Embedding stadium = embedder.embed("He drove to the stadium.");

        assertThat(weather.cosine(sunny)).isCloseTo(0.6660, within(0.04));
        assertThat(weather.cosine(stadium)).isCloseTo(0.1046, within(0.04));
        assertThat(sunny.cosine(stadium)).isCloseTo(0.1411, within(0.04));
    }

    @Test
    void sameTextGivesTheSameEmbedding() {
        String text = "Negotiators from both sides met in a hotel near the airport.";

        assertThat(embedder.embed(text)).isEqualTo(embedder.embed(text));
    }

    @Test
    void embedAllGivesExactlyWhatEmbedGivesByDefault() {
        List<Embedding> all = embedder.embedAll(TEXTS);

        assertThat(all)
                .containsExactlyElementsOf(TEXTS.stream().map(embedder::embed).toList());
        assertThat(embedder.embedAll(List.of())).isEmpty();
    }

    @Test
    void largerBatchesKeepOrderAndStayCloseToSingleEmbeddings() {
        try (MiniLmEmbedder batching =
                new MiniLmEmbedder(MiniLmConfig.defaults().withBatchSize(3))) {
            List<Embedding> batched = batching.embedAll(TEXTS);

            assertThat(batched).hasSize(TEXTS.size());
            for (int i = 0; i < TEXTS.size(); i++) {
                // The int8 model quantises activations per batch: neighbours move an embedding a little.
                assertThat(batched.get(i).cosine(embedder.embed(TEXTS.get(i))))
                        .as("text %d", i)
                        .isGreaterThan(0.95);
            }
        }
    }

    @Test
    void emptyTextHasAnEmbeddingToo() {
        Embedding empty = embedder.embed("");

        assertThat(empty.dimension()).isEqualTo(384);
        assertThat(empty.cosine(empty)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void longTextIsTruncatedToTheWindow() {
        String lead = "The port reopened after a week-long strike by dock workers over pay. ";
        String tail = "Unrelated filler about gardening, recipes and the weather forecast. ";

        Embedding truncated = embedder.embed(lead.repeat(20) + tail.repeat(40));

        assertThat(truncated).isEqualTo(embedder.embed(lead.repeat(20) + tail.repeat(10)));
    }

    @Test
    void servesConcurrentCallersWithIdenticalResults() throws Exception {
        List<String> texts = List.of(
                "Rescue teams reached the village.",
                "Shares fell sharply in early trading.",
                "The vote was postponed.");
        List<Embedding> expected = texts.stream().map(embedder::embed).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<Embedding>> futures = texts.stream()
                        .map(t -> pool.submit(() -> embedder.embed(t)))
                        .toList();
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void configRejectsOutOfRangeValues() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> MiniLmConfig.defaults().withMaxTokens(513));
        assertThat(e).hasMessage("maxTokens must be between 2 and 512, got 513");
        assertThrows(
                IllegalArgumentException.class, () -> MiniLmConfig.defaults().withIntraOpThreads(0));
    }
}

package io.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storyline.core.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ECB+ event-chain reader on an invented file. */
class EventGoldTest {

    private static final String HEADER =
            "chain_id\tlabel\tn_files\tfiles\tsentence_spans\tmention_spans\tall_sentence_spans\n";

    @Test
    void readsEverySentenceOfEveryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.tsv");
        Files.writeString(
                file, HEADER + "E1\tstrike | walked out\t2\t7_1ecb,7_2ecb\t0:40,10:50\t3:9,12:18\t0:40+41:90,10:50\n");
        List<ClaimAgreement.GoldClaim> chains = EventGold.read(file);
        assertThat(chains).hasSize(1);
        assertThat(chains.get(0).spans().get("7_1ecb")).containsExactly(new Span(0, 40), new Span(41, 90));
        assertThat(chains.get(0).spans().get("7_2ecb")).containsExactly(new Span(10, 50));
        assertThat(EventGold.topic("7_2ecbplus")).isEqualTo("7");
    }

    @Test
    void aBrokenRowNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.tsv");
        Files.writeString(file, HEADER + "E1\tx\t2\ta,b\t0:4,0:4\t0:1,0:1\t0:4\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventGold.read(file));
        assertThat(e.getMessage()).contains("events.tsv line 2").contains("2 files but 1 span lists");
    }

    @Test
    void strictScoringOfChainsCountsPairsOnSentences() {
        ClaimAgreement.GoldClaim chain = new ClaimAgreement.GoldClaim(
                "E1", "strike", java.util.Map.of("a", List.of(new Span(0, 40)), "b", List.of(new Span(0, 40))));
        List<ClaimAgreement.Statement> claim = List.of(
                new ClaimAgreement.Statement("a", new Span(5, 30)), new ClaimAgreement.Statement("b", new Span(0, 20)));
        ClaimAgreement.Scores s = ClaimAgreement.score(List.of(chain), List.of(claim));
        assertThat(s.found()).isEqualTo(1);
        assertThat(s.pairPrecision()).isEqualTo(1.0);
        assertThat(s.pairRecall()).isEqualTo(1.0);
    }
}

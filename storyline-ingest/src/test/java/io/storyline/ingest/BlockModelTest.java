package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockModelTest {

    private static final String PAGE = "<html><head><title>Weir repaired</title></head><body>"
            + "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
            + "<h1>Weir repaired</h1><article><p>The old weir on the Tamber was repaired this week after floods"
            + " damaged its stone lip in January, the river trust said on Tuesday.</p><p>Engineers used lime mortar,"
            + " as the original builders did in 1820, so that the stones can move a little with the water.</p>"
            + "</article><footer>Copyright 2024 Riverside News. All rights reserved.</footer></body></html>";

    @Test
    void tsvRoundTripKeepsTheDecisions() {
        BlockModel model = BlockModel.bundled();
        BlockModel copy = BlockModel.parse(model.toTsv(List.of("copy")));
        PageAnalysis page = new HtmlExtractor(model).analyse(PAGE, null);
        assertThat(copy.select(page)).isEqualTo(model.select(page)).isNotEmpty();
        assertThat(copy.firstStage(page))
                .containsExactly(model.firstStage(page), org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void bundledModelNamesTheCommandThatTrainedIt() throws IOException {
        try (InputStream in = BlockModel.class.getResourceAsStream("block-model.tsv")) {
            assertThat(in).isNotNull();
            String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(tsv).contains("# storyline eval extraction --train ");
        }
    }

    @Test
    void rejectsAModelWhoseFeaturesAreOutOfOrder() {
        String tsv = BlockModel.heuristic().toTsv(List.of()).replaceFirst("log_chars", "log_words");
        assertThatThrownBy(() -> BlockModel.parse(tsv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected feature log_chars");
    }

    @Test
    void rejectsAModelWithoutThreshold() {
        String tsv = BlockModel.heuristic().toTsv(List.of()).replaceFirst("threshold\t0.5000\n", "");
        assertThatThrownBy(() -> BlockModel.parse(tsv)).hasMessageContaining("threshold");
    }

    @Test
    void keepsArticleParagraphsAndDropsNavigationAndFooter() {
        String text = new HtmlExtractor().extract(PAGE, null).text();
        assertThat(text)
                .contains("lime mortar")
                .contains("stone lip")
                .doesNotContain("Sport")
                .doesNotContain("Copyright");
    }

    @Test
    void heuristicModelKeepsWhatTheHeuristicKeeps() {
        PageAnalysis page = new HtmlExtractor(BlockModel.heuristic()).analyse(PAGE, null);
        assertThat(page.extract(BlockModel.heuristic()).text())
                .startsWith("The old weir on the Tamber")
                .endsWith("move a little with the water.");
    }

    @Test
    void trainerLearnsToKeepBlocksThatAreInTheGold() {
        String gold = "The old weir on the Tamber was repaired this week after floods damaged its stone lip in January,"
                + " the river trust said on Tuesday.\n\nEngineers used lime mortar, as the original builders did in 1820,"
                + " so that the stones can move a little with the water.";
        HtmlExtractor extractor = new HtmlExtractor(BlockModel.heuristic());
        List<BlockModelTrainer.Example> examples = List.of(
                new BlockModelTrainer.Example(extractor.analyse(PAGE, null), gold),
                new BlockModelTrainer.Example(
                        extractor.analyse(PAGE.replace("Tamber", "Avon"), null), gold.replace("Tamber", "Avon")));
        BlockModel model = BlockModelTrainer.train(examples, BlockModelTrainer.Settings.DEFAULT);
        PageAnalysis page = extractor.analyse(PAGE, null);
        assertThat(page.extract(model).text()).isEqualTo(gold);
    }
}

package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        List<BlockModelTrainer.Example> examples = new ArrayList<>();
        for (String river : List.of("Tamber", "Avon", "Exe", "Tavy", "Dart", "Wye", "Usk", "Teign")) {
            examples.add(new BlockModelTrainer.Example(
                    extractor.analyse(PAGE.replace("Tamber", river), null), gold.replace("Tamber", river)));
        }
        PageAnalysis page = extractor.analyse(PAGE, null);
        for (BlockModelTrainer.Settings settings :
                List.of(BlockModelTrainer.Settings.DEFAULT, BlockModelTrainer.Settings.LOGISTIC)) {
            BlockModel model = BlockModelTrainer.train(examples, settings);
            assertThat(page.extract(model).text()).as(settings.toString()).isEqualTo(gold);
        }
    }

    /** A logistic layer with one weighted feature, the others ignored. */
    private static LogisticLayer one(List<String> names, String feature, double weight, double bias) {
        double[] sd = new double[names.size()];
        java.util.Arrays.fill(sd, 1);
        double[] w = new double[names.size()];
        w[names.indexOf(feature)] = weight;
        return new LogisticLayer(names, new double[names.size()], sd, w, bias);
    }

    @Test
    void keepsTheLikeliestBlocksWhenNoneReachesTheThreshold() {
        // Stage 1's odds grow with the square of the word count; stage 2 puts every block far under 0.5.
        BlockModel model = new BlockModel(
                one(BlockFeatures.NAMES, "log_words", 2, -6), one(ContextFeatures.NAMES, "logit", 1, -8), 0.5);
        PageAnalysis page = new HtmlExtractor(model).analyse(PAGE, null);
        assertThat(model.select(page)).hasSize(2);
        assertThat(page.extract(model).text())
                .startsWith("The old weir on the Tamber")
                .endsWith("move a little with the water.")
                .doesNotContain("Copyright");
    }

    @Test
    void fallsBackWhenTheLikeliestBlocksAreTooShort() {
        BlockModel model = new BlockModel(
                one(BlockFeatures.NAMES, "log_words", 2, -6), one(ContextFeatures.NAMES, "logit", 1, -8), 0.5);
        String shortPage = "<html><body><nav><a href='/'>Home</a></nav><p>Weir repaired this week.</p>"
                + "<footer>Riverside News</footer></body></html>";
        PageAnalysis page = new HtmlExtractor(model).analyse(shortPage, null);
        assertThat(model.select(page)).isEmpty();
    }
}

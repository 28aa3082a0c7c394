package io.storyline.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.embed.MiniLmEmbedder;
import io.storyline.eval.SharedEval;
import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * MRPC-train: the statement alignment decision against the paraphrase label. The weights and
 * thresholds were fitted on the first half; both halves and the whole are printed.
 */
class ParaphraseEvalTest {

    static Optional<Path> pairs() {
        return SharedEval.dir().map(p -> p.resolve("mrpc-train/pairs.tsv")).filter(Files::isRegularFile);
    }

    @Test
    void mrpcAccuracyAndF1() throws IOException {
        assumeTrue(pairs().isPresent(), "shared eval folder not found");
        List<String> lines = Files.readAllLines(pairs().orElseThrow(), StandardCharsets.UTF_8);
        lines = lines.subList(1, lines.size());
        OpenNlpAnalyzer nlp = new OpenNlpAnalyzer(EnglishModels.load());
        int half = lines.size() / 2;
        int[][] confusion = new int[2][4];
        int embeddedPairs = 0;
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            StatementAligner aligner = new StatementAligner(embedder);
            for (int i = 0; i < lines.size(); i++) {
                String[] f = lines.get(i).split("\t", -1);
                Alignment a = aligner.align(statement(nlp, f[3]), statement(nlp, f[4]));
                embeddedPairs += a.embedded() ? 1 : 0;
                boolean gold = f[0].equals("1");
                int cell = (a.same() ? 0 : 2) + (gold ? 0 : 1); // tp, fp, fn, tn
                confusion[i < half ? 0 : 1][cell]++;
            }
        }
        double[] tune = report("first half (tuned on)", confusion[0]);
        double[] held = report("second half", confusion[1]);
        int[] all = new int[4];
        for (int k = 0; k < 4; k++) {
            all[k] = confusion[0][k] + confusion[1][k];
        }
        double[] whole = report("all", all);
        System.out.printf(Locale.ROOT, "MRPC pairs embedded: %d of %d%n", embeddedPairs, lines.size());
        assertThat(whole[0]).isGreaterThanOrEqualTo(0.75);
        assertThat(whole[1]).isGreaterThanOrEqualTo(0.83);
        assertThat(held[0]).isGreaterThanOrEqualTo(0.74);
        assertThat(tune[0]).isGreaterThanOrEqualTo(0.75);
    }

    private static double[] report(String name, int[] c) {
        double acc = (double) (c[0] + c[3]) / (c[0] + c[1] + c[2] + c[3]);
        double f1 = 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
        System.out.printf(
                Locale.ROOT,
                "MRPC %s: accuracy %.3f F1 %.3f (tp=%d fp=%d fn=%d tn=%d)%n",
                name,
                acc,
                f1,
                c[0],
                c[1],
                c[2],
                c[3]);
        return new double[] {acc, f1};
    }

    static Statement statement(OpenNlpAnalyzer nlp, String text) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : nlp.sentences(text, List.of())) {
            tokens.addAll(s.tokens());
        }
        return Statement.of(text, tokens);
    }
}

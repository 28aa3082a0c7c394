package io.storyline.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.embed.MiniLmEmbedder;
import io.storyline.eval.Gates;
import io.storyline.eval.ParaphrasePair;
import io.storyline.eval.SharedEval;
import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * MRPC-train: the statement alignment decision against the paraphrase label. The weights and
 * thresholds were fitted on the first half; both halves and the whole are printed.
 */
class ParaphraseEvalTest {

    static Optional<Path> mrpc() {
        return SharedEval.dir()
                .map(p -> p.resolve("mrpc-train"))
                .filter(d -> Files.isRegularFile(d.resolve("pairs.tsv")));
    }

    @Test
    void mrpcAccuracyAndF1() {
        assumeTrue(mrpc().isPresent(), "shared eval folder not found");
        List<ParaphrasePair> pairs = ParaphrasePair.read(mrpc().orElseThrow());
        OpenNlpAnalyzer nlp = new OpenNlpAnalyzer(EnglishModels.load());
        int half = pairs.size() / 2;
        int[][] confusion = new int[2][4];
        int embeddedPairs = 0;
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            StatementAligner aligner = new StatementAligner(embedder);
            for (int i = 0; i < pairs.size(); i++) {
                ParaphrasePair p = pairs.get(i);
                Alignment a = aligner.align(Statement.of(p.a(), nlp), Statement.of(p.b(), nlp));
                embeddedPairs += a.embedded() ? 1 : 0;
                int cell = (a.same() ? 0 : 2) + (p.same() ? 0 : 1); // tp, fp, fn, tn
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
        System.out.printf(Locale.ROOT, "MRPC pairs embedded: %d of %d%n", embeddedPairs, pairs.size());
        assertThat(whole[0]).isGreaterThanOrEqualTo(Gates.PARAPHRASE_ACCURACY);
        assertThat(whole[1]).isGreaterThanOrEqualTo(Gates.PARAPHRASE_F1);
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
}

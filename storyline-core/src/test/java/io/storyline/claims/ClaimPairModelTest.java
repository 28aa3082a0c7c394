package io.storyline.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClaimPairModelTest {

    /** Invented pairs: the same assertion when the cosine is high and no name disagrees. */
    private static List<List<Double>> examples(List<Boolean> labels) {
        Random random = new Random(7);
        List<List<Double>> x = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double[] v = new double[AssertionFeatures.NAMES.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = random.nextDouble();
            }
            boolean same = v[10] > 0.5 && v[5] < 0.5;
            labels.add(same);
            x.add(java.util.Arrays.stream(v).boxed().toList());
        }
        return x;
    }

    private static List<Double> pair(double cosine, double nameMismatch) {
        List<Double> v = new ArrayList<>(java.util.Collections.nCopies(AssertionFeatures.NAMES.size(), 0.5));
        v.set(10, cosine);
        v.set(5, nameMismatch);
        return v;
    }

    @Test
    void fitLearnsWhichFeaturesDecide() {
        List<Boolean> y = new ArrayList<>();
        List<List<Double>> x = examples(y);
        ClaimPairModel m = ClaimPairModel.fit(x, y, java.util.Collections.nCopies(x.size(), 1.0), 1.0);
        assertThat(m.probability(pair(0.95, 0.05))).isGreaterThan(0.8);
        assertThat(m.probability(pair(0.95, 0.95))).isLessThan(0.2);
        assertThat(m.probability(pair(0.05, 0.05))).isLessThan(0.2);
    }

    @Test
    void writtenModelReadsBackTheSame() throws IOException {
        List<Boolean> y = new ArrayList<>();
        List<List<Double>> x = examples(y);
        ClaimPairModel m = ClaimPairModel.fit(x, y, java.util.Collections.nCopies(x.size(), 1.0), 1.0)
                .withThresholds(0.6, 0.25)
                .withHeader(List.of("trained by a test"));
        ClaimPairModel back =
                ClaimPairModel.read(new ByteArrayInputStream(m.write().getBytes(StandardCharsets.UTF_8)));
        assertThat(back.header()).containsExactly("trained by a test");
        assertThat(back.merge()).isEqualTo(0.6);
        assertThat(back.apart()).isEqualTo(0.25);
        for (List<Double> v : x.subList(0, 20)) {
            assertThat(back.probability(v)).isCloseTo(m.probability(v), org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void aDamagedModelFileIsRefusedWithItsLine() {
        String file = "# header\nmerge\t0.5\napart\t0.2\nbias\t0.1\ndice\t0.1\tnot-a-scale\n";
        IOException e = assertThrows(IOException.class, () -> read(file));
        assertThat(e.getMessage()).contains("line 5");
        IOException missing = assertThrows(IOException.class, () -> read("bias\t0.1\n"));
        assertThat(missing.getMessage()).contains("need bias, merge and apart");
    }

    @Test
    void theShippedModelSaysHowItWasTrained() {
        ClaimPairModel m = ClaimPairModel.shipped();
        assertThat(String.join("\n", m.header())).contains("storyline eval claim-model");
        assertThat(m.apart()).isGreaterThan(0).isLessThanOrEqualTo(m.merge());
    }

    private static ClaimPairModel read(String file) throws IOException {
        return ClaimPairModel.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    }
}

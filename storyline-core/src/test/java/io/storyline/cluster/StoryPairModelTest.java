package io.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StoryPairModelTest {

    /** Positives have a high term cosine, negatives a low one; the other features are noise. */
    private static StoryPairModel fitted() {
        SplittableRandom rnd = new SplittableRandom(7);
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean same = i % 3 == 0;
            double[] v = new double[StoryPairModel.FEATURES.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = rnd.nextDouble();
            }
            v[0] = same ? 0.5 + 0.5 * rnd.nextDouble() : 0.45 * rnd.nextDouble();
            x.add(v);
            y.add(same);
        }
        return StoryPairModel.fit(x, y, 1.0, 0.5);
    }

    @Test
    void learnsThatTermCosineDecides() {
        StoryPairModel m = fitted();
        double[] high = new double[StoryPairModel.FEATURES.size()];
        double[] low = new double[StoryPairModel.FEATURES.size()];
        high[0] = 0.9;
        low[0] = 0.1;
        assertThat(m.probability(high)).isGreaterThan(0.9);
        assertThat(m.probability(low)).isLessThan(0.1);
        assertThat(m.merge()).isEqualTo(1.0);
    }

    @Test
    void writtenModelReadsBackTheSame() throws IOException {
        StoryPairModel m = fitted().withThresholds(0.7, 0.95).withHeader(List.of("trained by a test"));
        StoryPairModel back =
                StoryPairModel.read(new ByteArrayInputStream(m.write().getBytes(StandardCharsets.UTF_8)));
        double[] x = new double[StoryPairModel.FEATURES.size()];
        x[0] = 0.6;
        assertThat(back.probability(x)).isCloseTo(m.probability(x), within(1e-4));
        assertThat(back.join()).isEqualTo(0.7);
        assertThat(back.merge()).isEqualTo(0.95);
        assertThat(back.header()).containsExactly("trained by a test");
    }

    @Test
    void shippedModelLoads() {
        StoryPairModel m = StoryPairModel.shipped();
        assertThat(m.join()).isBetween(0.0, 1.0);
        assertThat(m.header()).isNotEmpty();
    }

    @Test
    void rejectsAFeatureOutOfOrderNamingTheLine() {
        String text = "join\t0.5\nbias\t0.1\nnameWords\t0\t1\t1\n";
        IOException e = assertThrows(
                IOException.class,
                () -> StoryPairModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        assertThat(e.getMessage()).contains("line 3").contains("expected join, bias or feature terms");
    }

    @Test
    void rejectsOneClassTraining() {
        List<double[]> x = List.of(new double[StoryPairModel.FEATURES.size()]);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> StoryPairModel.fit(x, List.of(true), 1, 0.5));
        assertThat(e.getMessage()).contains("both positive and negative");
    }
}

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

    /**
     * Same story when the embedding is close, unless the dates clash: an interaction a single weight per
     * feature cannot hold (a close embedding with clashing dates looks like a close embedding).
     */
    private static List<double[]> interactionRows(SplittableRandom rnd, int n, List<Boolean> y) {
        List<double[]> x = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] v = new double[StoryPairModel.FEATURES.size()];
            v[2] = rnd.nextDouble();
            v[8] = rnd.nextInt(2);
            x.add(v);
            y.add(v[2] > 0.5 && v[8] == 0);
        }
        return x;
    }

    @Test
    void treesLearnAnInteractionAndReadBackTheSame() throws IOException {
        List<Boolean> y = new ArrayList<>();
        List<double[]> x = interactionRows(new SplittableRandom(3), 1500, y);
        StoryPairModel logistic = StoryPairModel.fit(x, y, 1.0, 0.5);
        StoryPairModel trees =
                logistic.withTreesFitted(x, y, new io.storyline.learn.BoostedTrees.Settings(80, 2, 0.3, 1, 1, 16));
        List<Boolean> ty = new ArrayList<>();
        List<double[]> test = interactionRows(new SplittableRandom(9), 500, ty);
        int rightTrees = 0;
        int rightLogistic = 0;
        for (int i = 0; i < test.size(); i++) {
            rightTrees += (trees.probability(test.get(i)) >= 0.5) == ty.get(i) ? 1 : 0;
            rightLogistic += (logistic.probability(test.get(i)) >= 0.5) == ty.get(i) ? 1 : 0;
        }
        assertThat(rightTrees).isGreaterThan(480).isGreaterThan(rightLogistic);
        assertThat(trees.hasTrees()).isTrue();
        assertThat(logistic.hasTrees()).isFalse();

        StoryPairModel blend = trees.withTreeShare(0.5);
        StoryPairModel back =
                StoryPairModel.read(new ByteArrayInputStream(blend.write().getBytes(StandardCharsets.UTF_8)));
        assertThat(back.hasTrees()).isTrue();
        assertThat(back.treeShare()).isEqualTo(0.5);
        for (double[] v : test.subList(0, 50)) {
            assertThat(back.probability(v)).isCloseTo(blend.probability(v), within(1e-6));
            assertThat(trees.withTreeShare(0).probability(v)).isCloseTo(logistic.probability(v), within(1e-12));
        }
        assertThrows(IllegalArgumentException.class, () -> logistic.withTreeShare(0.5));
        double[] clash = new double[StoryPairModel.FEATURES.size()];
        clash[2] = 0.9;
        clash[8] = 1;
        double[] c = trees.contributions(clash);
        assertThat(c[8]).as("the date clash pulls the decision down").isLessThan(0);
        assertThat(c[0])
                .as("a feature the trees never test contributes nothing")
                .isEqualTo(0.0);
    }

    @Test
    void rejectsBrokenTreesNamingTheLine() {
        String text = "join\t0.5\nbias\t0.1\n"
                + String.join(
                        "",
                        StoryPairModel.FEATURES.stream()
                                .map(f -> f + "\t0\t1\t0\n")
                                .toList()) + "[trees]\nbias\t0\ntree\t0\n0\tcolour\t0.5\n";
        IOException e = assertThrows(
                IOException.class,
                () -> StoryPairModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        assertThat(e.getMessage()).contains("story pair model line").contains("unknown feature colour");
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

package io.storyline.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BoostedTreesTest {

    private static final List<String> NAMES = List.of("a", "b", "noise");
    private static final BoostedTrees.Settings SMALL = new BoostedTrees.Settings(60, 2, 0.3, 1, 1, 16);

    /** Label = a XOR b: no single weight per feature separates it, two levels of splits do. */
    private static List<double[]> xorRows(Random random, int n) {
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new double[] {random.nextDouble(), random.nextDouble(), random.nextDouble()});
        }
        return rows;
    }

    private static double xor(double[] x) {
        return (x[0] > 0.5) != (x[1] > 0.5) ? 1 : 0;
    }

    private static BoostedTrees fitXor() {
        List<double[]> rows = xorRows(new Random(7), 2000);
        double[] y = rows.stream().mapToDouble(BoostedTreesTest::xor).toArray();
        double[] w = new double[y.length];
        Arrays.fill(w, 1);
        return BoostedTrees.fit(NAMES, rows, y, w, SMALL);
    }

    @Test
    void learnsAnInteractionThatNoLinearModelCan() {
        BoostedTrees trees = fitXor();
        int right = 0;
        List<double[]> test = xorRows(new Random(11), 1000);
        for (double[] x : test) {
            right += (trees.probability(x) >= 0.5) == (xor(x) == 1) ? 1 : 0;
        }
        assertThat(right).isGreaterThan(950);
        assertThat(trees.probability(new double[] {0.9, 0.1, 0.5})).isGreaterThan(0.9);
        assertThat(trees.probability(new double[] {0.9, 0.9, 0.5})).isLessThan(0.1);
    }

    @Test
    void tsvRoundTripGivesTheSameProbabilities() {
        BoostedTrees trees = fitXor();
        StringBuilder sb = new StringBuilder();
        trees.appendTsv(sb);
        List<String> lines = Arrays.asList(sb.toString().split("\n"));
        BoostedTrees copy = BoostedTrees.parse(NAMES, lines, 0, lines.size(), "test model");
        for (double[] x : xorRows(new Random(3), 200)) {
            assertThat(copy.probability(x)).isCloseTo(trees.probability(x), org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void rejectsATreeThatNamesAnUnknownFeature() {
        List<String> lines = List.of("bias\t0.1", "tree\t0", "0\tcolour\t0.5", "1\tleaf\t1", "2\tleaf\t-1");
        assertThatThrownBy(() -> BoostedTrees.parse(NAMES, lines, 0, lines.size(), "test model"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("unknown feature colour");
    }

    @Test
    void rejectsNoRowsAndBadSettings() {
        assertThatThrownBy(() -> BoostedTrees.fit(NAMES, List.of(), new double[0], new double[0], SMALL))
                .hasMessageContaining("need rows");
        assertThatThrownBy(() -> new BoostedTrees.Settings(10, 0, 0.1, 1, 1, 16))
                .hasMessageContaining("depth 0");
    }

    @Test
    void aConstantFeatureGivesTheBaseRate() {
        List<double[]> rows = new ArrayList<>();
        double[] y = new double[100];
        double[] w = new double[100];
        for (int i = 0; i < 100; i++) {
            rows.add(new double[] {1, 1, 1});
            y[i] = i < 25 ? 1 : 0;
            w[i] = 1;
        }
        BoostedTrees trees = BoostedTrees.fit(NAMES, rows, y, w, SMALL);
        assertThat(trees.probability(new double[] {1, 1, 1}))
                .isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Property(tries = 50)
    void anyInputGivesAProbability(@ForAll @Size(3) List<@DoubleRange(min = -1e9, max = 1e9) Double> x) {
        List<double[]> rows = xorRows(new Random(5), 300);
        double[] y = rows.stream().mapToDouble(BoostedTreesTest::xor).toArray();
        double[] w = new double[y.length];
        Arrays.fill(w, 1);
        BoostedTrees trees = BoostedTrees.fit(NAMES, rows, y, w, new BoostedTrees.Settings(5, 2, 0.3, 1, 1, 8));
        double p = trees.probability(x.stream().mapToDouble(Double::doubleValue).toArray());
        assertThat(p).isBetween(0.0, 1.0);
    }
}

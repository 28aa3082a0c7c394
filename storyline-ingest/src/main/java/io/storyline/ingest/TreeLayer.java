package io.storyline.ingest;

import io.storyline.learn.BoostedTrees;
import java.util.List;

/** A {@link BlockLayer} of gradient-boosted trees ({@link BoostedTrees}). */
record TreeLayer(BoostedTrees trees) implements BlockLayer {

    @Override
    public double probability(double[] x) {
        return trees.probability(x);
    }

    @Override
    public void appendTsv(StringBuilder sb) {
        trees.appendTsv(sb);
    }

    static TreeLayer parse(List<String> names, List<String> lines, int from, int to) {
        return new TreeLayer(BoostedTrees.parse(names, lines, from, to, "block model"));
    }
}

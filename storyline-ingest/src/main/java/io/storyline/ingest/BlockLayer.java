package io.storyline.ingest;

import java.util.List;

/**
 * One stage of the {@link BlockModel}: a probability from a feature vector, written to and read from the
 * model's TSV. Either a {@link LogisticLayer} or a {@link TreeLayer}. Implementations are immutable.
 */
sealed interface BlockLayer permits LogisticLayer, TreeLayer {

    /** The probability that the block with features {@code x} is body text. */
    double probability(double[] x);

    /** Appends this layer's lines to a model file. */
    void appendTsv(StringBuilder sb);

    /**
     * Reads a layer from {@code lines[from, to)}: trees when a line {@code tree<TAB>i} is among them, else a
     * logistic layer.
     */
    static BlockLayer parse(List<String> names, List<String> lines, int from, int to) {
        for (String line : lines.subList(from, to)) {
            if (line.startsWith("tree\t")) {
                return TreeLayer.parse(names, lines, from, to);
            }
        }
        return LogisticLayer.parse(names, lines, from, to);
    }
}

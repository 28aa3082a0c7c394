package io.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decides which text blocks of a page belong to the article body: two stacked logistic regressions. The
 * first weighs each block's own features ({@link BlockFeatures}); the second weighs the first's probability
 * with those of the block's neighbours and of the blocks under the same ancestors ({@link
 * ContextFeatures}). A block is kept when the second stage's probability reaches the threshold.
 *
 * <p>Loaded from a small TSV ({@code block-model.tsv} beside this class): comment lines starting with
 * {@code #} (the command that trained it and its held-out figures), {@code threshold<TAB>t}, then a line
 * {@code [stage1]} and that layer's lines, then {@code [stage2]} and its lines (see {@link LogisticLayer}).
 *
 * <p>Immutable and thread-safe; load once and share.
 */
final class BlockModel {

    private static final String RESOURCE = "block-model.tsv";

    private final LogisticLayer first;
    private final LogisticLayer second;
    private final double threshold;

    BlockModel(LogisticLayer first, LogisticLayer second, double threshold) {
        this.first = first;
        this.second = second;
        this.threshold = threshold;
    }

    /** A model that keeps exactly the blocks the hand-weighted heuristic keeps: the baseline to beat. */
    static BlockModel heuristic() {
        return new BlockModel(
                single(BlockFeatures.NAMES, "heuristic_kept", 10, -5),
                single(ContextFeatures.NAMES, "logit", 1, 0),
                0.5);
    }

    private static LogisticLayer single(List<String> names, String feature, double weight, double bias) {
        int n = names.size();
        double[] sd = new double[n];
        Arrays.fill(sd, 1);
        double[] w = new double[n];
        w[names.indexOf(feature)] = weight;
        return new LogisticLayer(names, new double[n], sd, w, bias);
    }

    /** The model shipped with Storyline. */
    static BlockModel bundled() {
        try (InputStream in = BlockModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("block model resource " + RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read block model " + RESOURCE, e);
        }
    }

    /** Parses the TSV form written by {@link #toTsv}. */
    static BlockModel parse(String tsv) {
        List<String> lines = Arrays.asList(tsv.split("\n", -1));
        int one = lines.indexOf("[stage1]");
        int two = lines.indexOf("[stage2]");
        if (one < 0 || two < one) {
            throw new IllegalArgumentException("block model needs a [stage1] line and then a [stage2] line");
        }
        double threshold = Double.NaN;
        for (String line : lines.subList(0, one)) {
            if (line.startsWith("threshold\t")) {
                threshold = Double.parseDouble(
                        line.substring("threshold\t".length()).strip());
            }
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException(
                    "block model needs a line threshold<TAB>t with 0 < t < 1 before [stage1]");
        }
        int end = lines.size();
        while (end > two + 1 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return new BlockModel(
                LogisticLayer.parse(BlockFeatures.NAMES, lines, one + 1, two),
                LogisticLayer.parse(ContextFeatures.NAMES, lines, two + 1, end),
                threshold);
    }

    /** The TSV form, with {@code header} lines as comments. */
    String toTsv(List<String> header) {
        StringBuilder sb = new StringBuilder();
        header.forEach(h -> sb.append("# ").append(h).append('\n'));
        sb.append(String.format(Locale.ROOT, "threshold\t%.4f%n", threshold));
        sb.append("[stage1]\n");
        first.appendTsv(sb);
        sb.append("[stage2]\n");
        second.appendTsv(sb);
        return sb.toString();
    }

    /** The first stage's probability for every block of {@code page}. */
    double[] firstStage(PageAnalysis page) {
        double[] p = new double[page.features().size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = first.probability(page.features().get(i));
        }
        return p;
    }

    /** Indices of the kept blocks of {@code page}, in page order. */
    List<Integer> select(PageAnalysis page) {
        List<double[]> context = ContextFeatures.of(page, firstStage(page));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < context.size(); i++) {
            if (second.probability(context.get(i)) >= threshold) {
                out.add(i);
            }
        }
        return out;
    }
}

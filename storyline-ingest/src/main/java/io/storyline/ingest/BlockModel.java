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
 * Decides which text blocks of a page belong to the article body: two stacked stages. The first weighs each
 * block's own features ({@link BlockFeatures}) with gradient-boosted trees ({@link io.storyline.learn.BoostedTrees}, or a
 * logistic regression, {@link LogisticLayer}); the second, a logistic regression, weighs the first's probability
 * with those of the block's neighbours and of the blocks under the same ancestors ({@link
 * ContextFeatures}). A block is kept when the second stage's probability reaches the threshold; when no
 * block does, the blocks within {@link #RELATIVE} of the best block's probability are kept, if they hold at
 * least {@link #MIN_WORDS} words (else nothing is, and {@link PageAnalysis#render} uses the page's fallback).
 *
 * <p>Loaded from a small TSV ({@code block-model.tsv} beside this class): comment lines starting with
 * {@code #} (the command that trained it and its held-out figures), {@code threshold<TAB>t}, then a line
 * {@code [stage1]} and that layer's lines, then {@code [stage2]} and its lines (see {@link BlockLayer}).
 *
 * <p>Immutable and thread-safe; load once and share.
 */
final class BlockModel {

    private static final String RESOURCE = "block-model.tsv";

    /**
     * When no block reaches the threshold, the blocks whose probability is at least this share of the best
     * block's are kept (chosen by site-fold cross-validation among 0.25 and 0.5).
     */
    static final double RELATIVE = 0.25;

    /** ... unless they hold fewer words than this, the headline left out (then the page's fallback is used). */
    static final int MIN_WORDS = 25;

    private final BlockLayer first;
    private final BlockLayer second;
    private final double threshold;
    private final double relative;

    BlockModel(BlockLayer first, BlockLayer second, double threshold) {
        this(first, second, threshold, RELATIVE);
    }

    private BlockModel(BlockLayer first, BlockLayer second, double threshold, double relative) {
        this.first = first;
        this.second = second;
        this.threshold = threshold;
        this.relative = relative;
    }

    /** A model that keeps exactly the blocks the hand-weighted heuristic keeps: the baseline to beat. */
    static BlockModel heuristic() {
        return new BlockModel(
                single(BlockFeatures.NAMES, "heuristic_kept", 10, -5),
                single(ContextFeatures.NAMES, "logit", 1, 0),
                0.5,
                0);
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
                BlockLayer.parse(BlockFeatures.NAMES, lines, one + 1, two),
                BlockLayer.parse(ContextFeatures.NAMES, lines, two + 1, end),
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
        double[] p = new double[context.size()];
        double max = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = second.probability(context.get(i));
            max = Math.max(max, p[i]);
        }
        // A page whose article looks unlike most articles can leave every block under the threshold: its
        // likeliest blocks are still a better guess than the fallback.
        if (max < threshold && relative <= 0) {
            return List.of();
        }
        double cut = max >= threshold ? threshold : relative * max;
        List<Integer> out = new ArrayList<>();
        int words = 0;
        int titleAt = BlockFeatures.NAMES.indexOf("is_title");
        for (int i = 0; i < p.length; i++) {
            if (p[i] >= cut && p[i] > 0) {
                out.add(i);
                words += page.features().get(i)[titleAt] > 0
                        ? 0
                        : BlockText.words(page.blocks().get(i).text());
            }
        }
        return max >= threshold || words >= MIN_WORDS ? out : List.of();
    }
}

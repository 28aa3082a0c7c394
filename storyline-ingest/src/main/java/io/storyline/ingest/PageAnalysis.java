package io.storyline.ingest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page cut into blocks with their features, before the block model decides: what {@link HtmlExtractor}
 * computes once per page, so that training and cross-validation can try many models on the same pages.
 *
 * @param metadata the page's metadata, with empty text
 * @param blocks the page's text blocks, in page order
 * @param features one {@link BlockFeatures} vector per block
 * @param groups per block, the ids of its owner element and of its first three ancestors (ids are small
 *     integers, equal for blocks under the same element)
 * @param fallback the text used when the model keeps nothing: the hand-weighted heuristic's body, else the
 *     JSON-LD {@code articleBody}, else empty
 */
record PageAnalysis(
        ExtractedPage metadata, List<TextBlock> blocks, List<double[]> features, List<int[]> groups, String fallback) {

    PageAnalysis {
        blocks = List.copyOf(blocks);
        features = List.copyOf(features);
        groups = List.copyOf(groups);
        if (blocks.size() != features.size() || blocks.size() != groups.size()) {
            throw new IllegalArgumentException(blocks.size() + " blocks but " + features.size() + " feature vectors");
        }
    }

    /**
     * The page with the body the model selects (the fallback when it selects nothing), without the headline
     * block: the title is the page's {@code title}, not part of its text.
     */
    ExtractedPage extract(BlockModel model) {
        int titleAt = BlockFeatures.NAMES.indexOf("is_title");
        List<Integer> kept = new java.util.ArrayList<>(model.select(this));
        kept.removeIf(i -> features.get(i)[titleAt] > 0);
        return metadata.withText(render(kept));
    }

    /** The kept blocks' text, paragraphs separated by {@code "\n\n"}, or the fallback when none is kept. */
    String render(List<Integer> kept) {
        StringBuilder sb = new StringBuilder();
        for (int i : kept) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(blocks.get(i).text());
        }
        return sb.length() == 0 ? fallback : sb.toString();
    }

    static PageAnalysis empty(ExtractedPage metadata, @Nullable String fallback) {
        return new PageAnalysis(metadata, List.of(), List.of(), List.of(), fallback == null ? "" : fallback);
    }
}

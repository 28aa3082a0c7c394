package io.storyline.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The second-stage features of the block model: the first stage's probability for a block, for its
 * neighbours, averaged (by characters) over the five blocks either side, over the blocks that share its owner
 * element and its first three ancestors, and over the blocks the hand-weighted heuristic kept; the share of
 * the page's probable text (characters times probability) under each of those four elements; and the
 * block's probability over the page's best. They let the decision follow the page's structure: a weak
 * paragraph inside the container that holds most of the page's likely text is kept, a strong-looking teaser in
 * a list of links is not. Stateless.
 */
final class ContextFeatures {

    static final int LEVELS = 4;

    static final List<String> NAMES = List.of(
            "logit",
            "prev1",
            "next1",
            "prev2",
            "next2",
            "owner_mean",
            "parent_mean",
            "grandparent_mean",
            "ancestor3_mean",
            "heuristic_kept",
            "heuristic_mean",
            "page_mean",
            "log_chars",
            "link_density",
            "kept_logit",
            "owner_mass",
            "parent_mass",
            "grandparent_mass",
            "ancestor3_mass",
            "window5_mean",
            "page_max_rank");

    private ContextFeatures() {}

    /** The second-stage vectors of {@code page}'s blocks, given the first stage's probabilities. */
    static List<double[]> of(PageAnalysis page, double[] p) {
        int n = p.length;
        List<int[]> groups = page.groups();
        int maxGroup = groupCount(groups);
        double[] sum = new double[maxGroup];
        double[] chars = new double[maxGroup];
        double keptSum = 0;
        double keptChars = 0;
        double pageSum = 0;
        double pageChars = 0;
        int keptAt = BlockFeatures.NAMES.indexOf("heuristic_kept");
        for (int i = 0; i < n; i++) {
            double c = page.blocks().get(i).text().length();
            for (int g : groups.get(i)) {
                sum[g] += c * p[i];
                chars[g] += c;
            }
            if (page.features().get(i)[keptAt] > 0) {
                keptSum += c * p[i];
                keptChars += c;
            }
            pageSum += c * p[i];
            pageChars += c;
        }
        double max = 0;
        for (double v : p) {
            max = Math.max(max, v);
        }
        List<double[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] x = new double[NAMES.size()];
            double kept = page.features().get(i)[keptAt];
            int k = 0;
            x[k++] = logit(p[i]);
            x[k++] = at(p, i - 1);
            x[k++] = at(p, i + 1);
            x[k++] = at(p, i - 2);
            x[k++] = at(p, i + 2);
            for (int g : groups.get(i)) {
                x[k++] = chars[g] == 0 ? p[i] : sum[g] / chars[g];
            }
            x[k++] = kept;
            x[k++] = keptChars == 0 ? 0 : keptSum / keptChars;
            x[k++] = pageChars == 0 ? 0 : pageSum / pageChars;
            x[k++] = Math.log1p(page.blocks().get(i).text().length());
            x[k++] = page.blocks().get(i).linkDensity();
            x[k++] = kept * logit(p[i]);
            for (int g : groups.get(i)) {
                x[k++] = pageSum == 0 ? 0 : sum[g] / pageSum;
            }
            x[k++] = window(p, page, i, 5);
            x[k++] = p[i] / Math.max(1e-6, max);
            out.add(x);
        }
        return out;
    }

    /** How many groups the blocks of {@code groups} belong to: one more than the highest group number. */
    private static int groupCount(List<int[]> groups) {
        int maxGroup = 0;
        for (int[] g : groups) {
            for (int v : g) {
                maxGroup = Math.max(maxGroup, v + 1);
            }
        }
        return maxGroup;
    }

    /** The first stage's probability averaged by characters over the blocks within {@code r} of block {@code i}. */
    private static double window(double[] p, PageAnalysis page, int i, int r) {
        double sum = 0;
        double chars = 0;
        for (int j = Math.max(0, i - r); j <= Math.min(p.length - 1, i + r); j++) {
            double c = page.blocks().get(j).text().length();
            sum += c * p[j];
            chars += c;
        }
        return chars == 0 ? p[i] : sum / chars;
    }

    private static double at(double[] p, int i) {
        return i >= 0 && i < p.length ? p[i] : 0;
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }
}

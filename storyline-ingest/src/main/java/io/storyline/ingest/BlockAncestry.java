package io.storyline.ingest;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What the elements around a block tell {@link BlockFeatures}: its depth, the nearest furniture or
 * article-marked ancestor, class and id words that hide it, and its parent's figures. Callers pass the
 * caches (one page's), so every element is judged once. Stateless.
 */
final class BlockAncestry {

    private BlockAncestry() {}

    static String hint(Element e, Map<Element, String> hints) {
        return hints.computeIfAbsent(
                e, x -> (x.className() + " " + x.id()).toLowerCase(Locale.ROOT).strip());
    }

    static boolean hiddenWords(Element owner, Map<Element, String> hints) {
        for (Element e = owner; e != null; e = e.parent()) {
            String h = hint(e, hints);
            if (h.contains("hidden") || h.contains("sr-only") || h.contains("offscreen")) {
                return true;
            }
        }
        return false;
    }

    static int depth(Element e) {
        int d = 0;
        for (Element x = e.parent(); x != null; x = x.parent()) {
            d++;
        }
        return d;
    }

    /** Levels up to the nearest furniture element (by tag, role, class or id), or -1 when none. */
    static int furnitureDistance(Element owner, Map<Element, Boolean> cache) {
        int d = 0;
        for (Element e = owner; e != null; e = e.parent(), d++) {
            if (cache.computeIfAbsent(
                    e, x -> HeuristicSelection.isFurnitureTag(x) || BoilerplateHints.isFurniture(x))) {
                return d;
            }
        }
        return -1;
    }

    static boolean articleMarked(Element owner, Map<Element, Boolean> cache) {
        for (Element e = owner; e != null; e = e.parent()) {
            if (cache.computeIfAbsent(e, BoilerplateHints::isArticleMarked)) {
                return true;
            }
        }
        return false;
    }

    static Element parentOf(Element owner) {
        Element p = owner.parent();
        return p == null ? owner : p;
    }

    /** For each parent element: share of its chars in positive blocks, its link density, and its block count. */
    static Map<Element, double[]> parentFigures(List<TextBlock> blocks, IdentityHashMap<TextBlock, Double> values) {
        Map<Element, double[]> sums = new HashMap<>();
        for (TextBlock b : blocks) {
            double[] s = sums.computeIfAbsent(parentOf(b.owner()), e -> new double[4]);
            int len = b.text().length();
            s[0] += values.getOrDefault(b, 0.0) > 0 ? len : 0;
            s[1] += b.linkChars();
            s[2] += 1;
            s[3] += len;
        }
        Map<Element, double[]> out = new HashMap<>();
        sums.forEach((e, s) ->
                out.put(e, new double[] {s[3] == 0 ? 0 : s[0] / s[3], s[3] == 0 ? 0 : s[1] / s[3], s[2]}));
        return out;
    }
}

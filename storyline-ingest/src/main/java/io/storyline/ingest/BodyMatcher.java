package io.storyline.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Checks a chosen container against a page's own statement of its article body (JSON-LD {@code
 * articleBody}): finds the element whose words best match that body, by F1 over word tokens. Stateless.
 */
final class BodyMatcher {

    /** Below this many tokens an articleBody is usually a teaser, not the body. */
    static final int MIN_TOKENS = 50;

    private BodyMatcher() {}

    /**
     * Returns the element under {@code root} that best matches {@code declaredBody}, or {@code current} when
     * it matches nearly as well (within {@code margin} F1).
     */
    static Element verify(List<TextBlock> blocks, String declaredBody, Element current, double margin) {
        List<String> bodyTokens = lower(ShingleScorer.tokens(declaredBody));
        String end = declaredBody.strip();
        if (bodyTokens.size() < MIN_TOKENS || end.endsWith("…") || end.endsWith("...") || end.endsWith("&hellip;")) {
            return current;
        }
        Set<String> vocabulary = new HashSet<>(bodyTokens);
        Map<Element, int[]> counts = new HashMap<>();
        for (TextBlock b : blocks) {
            int in = 0;
            int out = 0;
            for (String t : lower(ShingleScorer.tokens(b.text()))) {
                if (vocabulary.contains(t)) {
                    in++;
                } else {
                    out++;
                }
            }
            for (Element e = b.owner(); e != null; e = e.parent()) {
                int[] c = counts.computeIfAbsent(e, x -> new int[2]);
                c[0] += in;
                c[1] += out;
            }
        }
        Element best = current;
        double bestF1 = f1(counts.get(current), bodyTokens.size());
        double currentF1 = bestF1;
        for (Map.Entry<Element, int[]> entry : counts.entrySet()) {
            double f = f1(entry.getValue(), bodyTokens.size());
            if (f > bestF1) {
                bestF1 = f;
                best = entry.getKey();
            }
        }
        return bestF1 > currentF1 + margin ? best : current;
    }

    private static double f1(int @org.jspecify.annotations.Nullable [] c, int bodySize) {
        if (c == null || c[0] == 0) {
            return 0;
        }
        double precision = (double) c[0] / (c[0] + c[1]);
        double recall = Math.min(1.0, (double) c[0] / bodySize);
        return 2 * precision * recall / (precision + recall);
    }

    private static List<String> lower(List<String> tokens) {
        return tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }
}

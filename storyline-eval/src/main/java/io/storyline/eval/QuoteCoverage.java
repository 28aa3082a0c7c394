package io.storyline.eval;

import io.storyline.core.Span;
import io.storyline.quotes.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Coverage scores that ignore span conventions (for PolNeAR). */
public record QuoteCoverage(int found, int foundInside, int gold, int goldCovered, int sourceCorrect) {

    public double precision() {
        return QuoteMatching.ratio(foundInside, found);
    }

    public double recall() {
        return QuoteMatching.ratio(goldCovered, gold);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double source() {
        return QuoteMatching.ratio(sourceCorrect, goldCovered);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "content P %.3f (%d/%d) R %.3f (%d/%d) F1 %.3f; source %.3f (%d/%d)",
                precision(),
                foundInside,
                found,
                recall(),
                goldCovered,
                gold,
                f1(),
                source(),
                sourceCorrect,
                goldCovered);
    }

    /**
     * Precision is the share of found quotes lying at least half inside one gold content span; recall
     * the share of gold content spans at least half covered by found quotes; source is judged on the
     * covered gold spans, using the found quote that covers most of the span: correct when its speaker
     * mention overlaps the gold source mention or shares a name word with it (a gold row without a
     * source is right only when the quote has no speaker mention either).
     */
    public static QuoteCoverage score(List<GoldQuote> gold, Map<String, List<Quote>> found) {
        Map<String, List<GoldQuote>> byArticle = new java.util.HashMap<>();
        for (GoldQuote g : gold) {
            byArticle.computeIfAbsent(g.article(), k -> new ArrayList<>()).add(g);
        }
        int f = 0, fi = 0, gTotal = 0, gc = 0, sc = 0;
        for (Map.Entry<String, List<GoldQuote>> e : byArticle.entrySet()) {
            List<Quote> qs = found.getOrDefault(e.getKey(), List.of());
            for (Quote q : qs) {
                f++;
                int len = Math.max(1, q.span().length());
                boolean inside =
                        e.getValue().stream().anyMatch(g -> 2 * QuoteMatching.overlap(q.span(), g.content()) >= len);
                fi += inside ? 1 : 0;
            }
            for (GoldQuote g : e.getValue()) {
                gTotal++;
                if (2 * QuoteMatching.covered(g.content(), qs) < g.content().length()) {
                    continue;
                }
                gc++;
                Quote best = null;
                int bestOverlap = 0;
                for (Quote q : qs) {
                    int o = QuoteMatching.overlap(q.span(), g.content());
                    if (o > bestOverlap) {
                        best = q;
                        bestOverlap = o;
                    }
                }
                if (best != null && sourceMatches(g, best)) {
                    sc++;
                }
            }
        }
        for (Map.Entry<String, List<Quote>> e : found.entrySet()) {
            if (!byArticle.containsKey(e.getKey())) {
                f += e.getValue().size();
            }
        }
        return new QuoteCoverage(f, fi, gTotal, gc, sc);
    }

    private static boolean sourceMatches(GoldQuote g, Quote q) {
        Span gs = g.speakerSpan();
        Span qs = q.speakerSpan();
        if (gs == null) {
            return qs == null;
        }
        if (qs != null && gs.overlaps(qs)) {
            return true;
        }
        Set<String> goldWords = QuoteMatching.nameWords(g.speakerText());
        goldWords.retainAll(QuoteMatching.nameWords(q.speaker() == null ? q.speakerText() : q.speaker()));
        return !goldWords.isEmpty();
    }
}

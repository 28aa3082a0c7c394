package io.storyline.eval;

import io.storyline.quotes.Quote;
import io.storyline.quotes.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Seed-story scores. */
public record SeedQuoteScores(
        int directGold,
        int directGoldFound,
        int directFound,
        int directFoundCorrect,
        int indirectGold,
        int indirectGoldFound,
        int speakerJudged,
        int speakerCorrect,
        List<String> notes) {

    public double directRecall() {
        return QuoteMatching.ratio(directGoldFound, directGold);
    }

    public double directPrecision() {
        return QuoteMatching.ratio(directFoundCorrect, directFound);
    }

    public double indirectRecall() {
        return QuoteMatching.ratio(indirectGoldFound, indirectGold);
    }

    public double speakerAccuracy() {
        return QuoteMatching.ratio(speakerCorrect, speakerJudged);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "direct recall %.3f (%d/%d) precision %.3f (%d/%d); indirect recall %.3f (%d/%d);"
                        + " speaker %.3f (%d/%d)",
                directRecall(),
                directGoldFound,
                directGold,
                directPrecision(),
                directFoundCorrect,
                directFound,
                indirectRecall(),
                indirectGoldFound,
                indirectGold,
                speakerAccuracy(),
                speakerCorrect,
                speakerJudged);
    }

    /**
     * The seed scorer: direct quotes match when their texts are equal after stripping quotation
     * marks, white space and punctuation at the ends; indirect and mixed ones when each covers at
     * least half of the other. Optional rows count for neither recall nor against precision. The
     * speaker is judged on every found quote that matches a gold row.
     */
    public static SeedQuoteScores score(
            Map<String, String> texts, List<GoldQuote> gold, Map<String, List<Quote>> found) {
        int dg = 0, dgf = 0, df = 0, dfc = 0, ig = 0, igf = 0, sj = 0, sc = 0;
        List<String> notes = new ArrayList<>();
        for (GoldQuote g : gold) {
            String text = texts.getOrDefault(g.article(), "");
            List<Quote> qs = found.getOrDefault(g.article(), List.of());
            if (!g.required()) {
                continue;
            }
            if (g.kind().equals("direct")) {
                dg++;
                boolean hit = qs.stream()
                        .anyMatch(q -> q.kind() == QuoteKind.DIRECT && QuoteMatching.sameText(text, q.span(), g));
                dgf += hit ? 1 : 0;
                if (!hit) {
                    notes.add(
                            "missed direct " + g.article() + ": " + g.content().of(text));
                }
            } else {
                ig++;
                boolean hit = qs.stream().anyMatch(q -> QuoteMatching.mutual(q.span(), g.content()));
                igf += hit ? 1 : 0;
                if (!hit) {
                    notes.add("missed indirect " + g.article() + ": "
                            + g.content().of(text));
                }
            }
        }
        for (Map.Entry<String, List<Quote>> e : found.entrySet()) {
            String text = texts.getOrDefault(e.getKey(), "");
            List<GoldQuote> rows =
                    gold.stream().filter(g -> g.article().equals(e.getKey())).toList();
            for (Quote q : e.getValue()) {
                GoldQuote match = bestSeedMatch(text, q, rows);
                if (q.kind() == QuoteKind.DIRECT) {
                    df++;
                    boolean ok = match != null;
                    dfc += ok ? 1 : 0;
                    if (!ok) {
                        notes.add("spurious direct " + e.getKey() + ": "
                                + q.span().of(text));
                    }
                }
                if (match != null) {
                    sj++;
                    boolean ok = QuoteMatching.sameSpeaker(match.speaker(), q);
                    sc += ok ? 1 : 0;
                    if (!ok) {
                        notes.add("wrong speaker " + e.getKey() + ": " + q.speaker() + " (" + q.speakerText()
                                + ", anonymous=" + q.anonymous() + ") for gold " + match.speaker() + " on \""
                                + QuoteMatching.abbreviate(q.span().of(text)) + "\"");
                    }
                }
            }
        }
        return new SeedQuoteScores(dg, dgf, df, dfc, ig, igf, sj, sc, List.copyOf(notes));
    }

    private static @Nullable GoldQuote bestSeedMatch(String text, Quote q, List<GoldQuote> rows) {
        for (GoldQuote g : rows) {
            if (QuoteMatching.sameText(text, q.span(), g)) {
                return g;
            }
        }
        if (q.kind() == QuoteKind.DIRECT) {
            for (GoldQuote g : rows) {
                if (QuoteMatching.overlap(q.span(), g.content())
                        >= 0.9 * Math.max(q.span().length(), g.content().length())) {
                    return g;
                }
            }
            return null;
        }
        for (GoldQuote g : rows) {
            if (!g.kind().equals("direct") && QuoteMatching.mutual(q.span(), g.content())) {
                return g;
            }
        }
        return null;
    }
}

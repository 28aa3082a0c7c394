package io.storyline.eval;

import io.storyline.quotes.Quote;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Speaker accuracy on annotated spans (BASIL): judged where a found quote overlaps the gold span. */
public record SpeakerScores(int gold, int matched, int correct) {

    public double accuracy() {
        return QuoteMatching.ratio(correct, matched);
    }

    public double accuracyOverAll() {
        return QuoteMatching.ratio(correct, gold);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "speaker correct %.3f of matched (%d/%d), %.3f of all gold (%d/%d)",
                accuracy(),
                correct,
                matched,
                accuracyOverAll(),
                correct,
                gold);
    }

    /**
     * For each gold row with a named speaker, the found quote overlapping it most; correct when its
     * speaker shares a name word with the gold speaker (a surname is enough).
     */
    public static SpeakerScores score(List<GoldQuote> gold, Map<String, List<Quote>> found) {
        int n = 0, m = 0, c = 0;
        for (GoldQuote g : gold) {
            if (g.speaker() == null) {
                continue;
            }
            n++;
            Quote best = null;
            int bestOverlap = 0;
            for (Quote q : found.getOrDefault(g.article(), List.of())) {
                int o = QuoteMatching.overlap(q.span(), g.content());
                if (o > bestOverlap) {
                    best = q;
                    bestOverlap = o;
                }
            }
            if (best == null) {
                continue;
            }
            m++;
            c += QuoteMatching.sameSpeaker(g.speaker(), best) ? 1 : 0;
        }
        return new SpeakerScores(n, m, c);
    }
}

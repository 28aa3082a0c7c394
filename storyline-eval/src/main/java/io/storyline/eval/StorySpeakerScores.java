package io.storyline.eval;

import io.storyline.quotes.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Speaker accuracy on annotated spans judged on the story's canonical speakers (what the JSON and
 * the CLI show): {@code byName} counts the canonical name or one of its written variants matching
 * the gold name; {@code byNameOrAffiliation} also accepts, for a gold label naming a group ("Obama
 * campaign", "Republican lawmakers", "Nebraska officials"), a speaker whose affiliation read from
 * the text names that group (BASIL labels a spokesperson's or a member's words with the group).
 */
public record StorySpeakerScores(
        int gold, int matched, int byName, int byNameOrAffiliation, int groupLabels, List<String> misses) {

    public StorySpeakerScores {
        misses = List.copyOf(misses);
    }

    public double nameAccuracy() {
        return QuoteMatching.ratio(byName, matched);
    }

    public double accuracy() {
        return QuoteMatching.ratio(byNameOrAffiliation, matched);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "story speakers: name %.3f (%d/%d), name or affiliation %.3f (%d/%d); %d of %d gold rows carry a"
                        + " group label",
                nameAccuracy(),
                byName,
                matched,
                accuracy(),
                byNameOrAffiliation,
                matched,
                groupLabels,
                gold);
    }

    /**
     * Scores gold speakers against canonical story speakers: for each gold row with a named speaker,
     * the found quote overlapping it most, and the story speaker {@code speakerOf} gives that quote
     * (article id, index in the article's quote list).
     */
    public static StorySpeakerScores score(
            List<GoldQuote> gold,
            Map<String, List<Quote>> found,
            java.util.function.BiFunction<String, Integer, java.util.Optional<io.storyline.speakers.Speaker>>
                    speakerOf) {
        int n = 0, m = 0, byName = 0, byAffiliation = 0, groups = 0;
        List<String> misses = new ArrayList<>();
        for (GoldQuote g : gold) {
            String label = g.speaker();
            if (label == null) {
                continue;
            }
            n++;
            boolean group = QuoteMatching.groupLabel(label);
            groups += group ? 1 : 0;
            List<Quote> qs = found.getOrDefault(g.article(), List.of());
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < qs.size(); i++) {
                int o = QuoteMatching.overlap(qs.get(i).span(), g.content());
                if (o > bestOverlap) {
                    best = i;
                    bestOverlap = o;
                }
            }
            if (best < 0) {
                continue;
            }
            m++;
            var speaker = speakerOf.apply(g.article(), best);
            if (speaker.isEmpty()) {
                misses.add(label + " <- nobody (" + qs.get(best).speakerText() + ")");
                continue;
            }
            io.storyline.speakers.Speaker s = speaker.get();
            boolean name = QuoteMatching.namesMatch(label, s.name())
                    || s.variants().stream().anyMatch(v -> QuoteMatching.namesMatch(label, v));
            boolean affiliation = s.affiliations().stream()
                    .anyMatch(a -> a.equalsIgnoreCase(label) || (group && QuoteMatching.groupMatch(label, a)));
            byName += name ? 1 : 0;
            byAffiliation += name || affiliation ? 1 : 0;
            if (!name && !affiliation) {
                misses.add(label + " <- " + s.name() + " " + s.affiliations() + " [" + s.role() + "] ("
                        + qs.get(best).speakerText() + ")");
            }
        }
        return new StorySpeakerScores(n, m, byName, byAffiliation, groups, misses);
    }
}

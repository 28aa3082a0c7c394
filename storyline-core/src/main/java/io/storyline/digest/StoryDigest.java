package io.storyline.digest;

import io.storyline.provenance.StoryEvidence;
import io.storyline.speakers.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The story-level views of one story.
 *
 * @param speakers the canonical speakers with at least one quote, most quoted first ("p1", …)
 * @param quotes every quote of the story's articles, in article order then text order
 * @param quoteGroups the renderings of one statement across articles, with labelled pairs
 * @param timeline the story's dated events, ordered by date
 * @param evidence claims with their independent origins, provenance between articles and upstream
 *     sources, credits and article quality flags
 * @param summary a few verbatim sentences covering the best-supported claims, each with its citations
 */
public record StoryDigest(
        List<Speaker> speakers,
        List<StoryQuote> quotes,
        List<StoryQuoteGroup> quoteGroups,
        List<TimelineEntry> timeline,
        StoryEvidence evidence,
        List<SummarySentence> summary) {

    /** Label of statements whose speaker has no known side. */
    public static final String NO_SIDE = "Others and unknown";

    public StoryDigest {
        speakers = List.copyOf(speakers);
        quotes = List.copyOf(quotes);
        quoteGroups = List.copyOf(quoteGroups);
        timeline = List.copyOf(timeline);
        summary = List.copyOf(summary);
    }

    /** The speaker with this id. */
    public Optional<Speaker> speaker(String id) {
        return speakers.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The quote with this id. */
    public Optional<StoryQuote> quote(String id) {
        return quotes.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The group holding quote {@code id}, if it has one. */
    public Optional<StoryQuoteGroup> groupOf(String id) {
        return quoteGroups.stream().filter(g -> g.quotes().contains(id)).findFirst();
    }

    /**
     * The quotes by side, sides with the most statements first and {@link #NO_SIDE} last; within a
     * side in story order.
     */
    public Map<String, List<StoryQuote>> bySide() {
        return grouped(q -> q.side());
    }

    /**
     * The quotes grouped by their speaker's first affiliation (a party or organisation the text names),
     * else by side; ordered as {@link #bySide()}.
     */
    public Map<String, List<StoryQuote>> byAffiliation() {
        return grouped(q -> {
            String id = q.speaker();
            List<String> affiliations = id == null
                    ? List.of()
                    : speaker(id).map(Speaker::affiliations).orElse(List.of());
            return affiliations.isEmpty() ? q.side() : affiliations.get(0);
        });
    }

    private Map<String, List<StoryQuote>> grouped(java.util.function.Function<StoryQuote, @Nullable String> key) {
        Map<String, List<StoryQuote>> sides = new LinkedHashMap<>();
        for (StoryQuote q : quotes) {
            String k = key.apply(q);
            sides.computeIfAbsent(k == null ? NO_SIDE : k, x -> new ArrayList<>())
                    .add(q);
        }
        List<Map.Entry<String, List<StoryQuote>>> entries = new ArrayList<>(sides.entrySet());
        entries.sort((x, y) -> {
            boolean xn = x.getKey().equals(NO_SIDE);
            boolean yn = y.getKey().equals(NO_SIDE);
            if (xn != yn) {
                return xn ? 1 : -1;
            }
            int bySize = Integer.compare(y.getValue().size(), x.getValue().size());
            return bySize != 0 ? bySize : x.getKey().compareTo(y.getKey());
        });
        Map<String, List<StoryQuote>> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), List.copyOf(e.getValue())));
        return out;
    }
}

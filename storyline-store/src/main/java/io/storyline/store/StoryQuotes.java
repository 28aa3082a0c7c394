package io.storyline.store;

import io.storyline.names.RuleNameFinder;
import io.storyline.quotes.Quote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The quotes of one story with story-level speaker ids: the speakers resolved in each article are
 * joined across articles by their normalised name, a lone surname joining the full name that ends
 * with it. Quote ids are {@code q1, q2, …} and speaker ids {@code p1, p2, …} in article order.
 *
 * @param speakers the story's speakers
 * @param quotes every quote of the story's articles
 */
public record StoryQuotes(List<Speaker> speakers, List<Entry> quotes) {

    public StoryQuotes {
        speakers = List.copyOf(speakers);
        quotes = List.copyOf(quotes);
    }

    /**
     * One speaker of a story.
     *
     * @param id story-level id
     * @param name canonical name: the longest form seen
     * @param role a role or title as written, or null
     * @param variants every form the articles use for the speaker
     */
    public record Speaker(String id, String name, @Nullable String role, List<String> variants) {
        public Speaker {
            variants = List.copyOf(variants);
        }
    }

    /**
     * One quote of a story.
     *
     * @param id story-level id
     * @param article the article it is in
     * @param quote the quote (offsets into that article's text)
     * @param speaker the speaker id, or null for anonymous or unknown sources
     * @param text the quoted words
     */
    public record Entry(
            String id,
            String article,
            Quote quote,
            @Nullable String speaker,
            String text) {}

    /** Builds the story's quotes and speakers from its articles. */
    public static StoryQuotes of(List<StoredArticle> articles) {
        Map<String, String> keyToCanonical = canonicalKeys(articles);
        Map<String, Speaker> byKey = new LinkedHashMap<>();
        Map<String, Set<String>> variants = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (StoredArticle a : articles) {
            for (Quote q : a.quotes()) {
                String speakerId = null;
                String name = q.speaker();
                if (name != null && !q.anonymous()) {
                    String key =
                            keyToCanonical.getOrDefault(RuleNameFinder.normalise(name), RuleNameFinder.normalise(name));
                    speakerId = byKey.computeIfAbsent(
                                    key, k -> new Speaker("p" + (byKey.size() + 1), k, null, List.of()))
                            .id();
                    variants.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(name);
                    names.merge(key, name, (x, y) -> y.length() > x.length() ? y : x);
                    if (q.role() != null) {
                        roles.putIfAbsent(key, q.role());
                    }
                }
                String text = q.span().of(a.article().text());
                entries.add(new Entry("q" + (entries.size() + 1), a.id(), q, speakerId, text));
            }
        }
        List<Speaker> speakers = new ArrayList<>();
        byKey.forEach((key, s) -> speakers.add(new Speaker(
                s.id(),
                names.getOrDefault(key, key),
                roles.get(key),
                List.copyOf(variants.getOrDefault(key, Set.of())))));
        return new StoryQuotes(speakers, entries);
    }

    /** Normalised name → the normalised full name it stands for (a lone surname → the full name ending with it). */
    private static Map<String, String> canonicalKeys(List<StoredArticle> articles) {
        Map<String, String> surnameToFull = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (StoredArticle a : articles) {
            for (Quote q : a.quotes()) {
                if (q.speaker() != null) {
                    String k = RuleNameFinder.normalise(q.speaker());
                    all.add(k);
                    int sp = k.lastIndexOf(' ');
                    if (sp > 0) {
                        surnameToFull.putIfAbsent(k.substring(sp + 1), k);
                    }
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : all) {
            if (k.indexOf(' ') < 0 && surnameToFull.containsKey(k)) {
                out.put(k, surnameToFull.get(k));
            }
        }
        return out;
    }
}

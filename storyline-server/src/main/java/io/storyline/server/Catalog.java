package io.storyline.server;

import io.storyline.core.Article;
import io.storyline.names.Name;
import io.storyline.quotes.Quote;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryDigests;
import io.storyline.store.StoryTitles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The story list of a store, kept in memory and brought up to date on each look: the store's last
 * position tells whether anything was added (by this server or by another process writing the same
 * data directory); then only the articles stored since the last look are read, the stories that gained
 * them or whose article count changed (story assembly moved articles) are summarised again, and
 * stories left empty (merged into another) are dropped. A story whose articles were exchanged by moves
 * alone, at an equal count, is not noticed until it changes again. Thread-safe.
 */
final class Catalog {

    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Comparator<StorySummary> NEWEST_FIRST = Comparator.comparing(
                    StorySummary::last, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Comparator.comparingLong(StorySummary::position).reversed());

    private final Store store;
    private final StoryArticles articles;
    private final Map<String, StorySummary> stories = new HashMap<>();
    private List<StorySummary> sorted = List.of();
    private long seen;

    /** A catalog of {@code store} that leaves the articles it reads in {@code articles} for the pages. */
    Catalog(Store store, StoryArticles articles) {
        this.store = store;
        this.articles = articles;
    }

    /** The stories newest first (latest publication date, then latest stored). */
    synchronized List<StorySummary> stories() {
        refresh();
        return sorted;
    }

    /** The summary of story {@code id}, if the store has it. */
    synchronized java.util.Optional<StorySummary> summary(String id) {
        refresh();
        return java.util.Optional.ofNullable(stories.get(id));
    }

    /** The stories that match {@code query}, newest first; the whole list, not one page. */
    List<StorySummary> find(StoryQuery query) {
        List<String> words = words(query.q());
        return stories().stream().filter(s -> matches(s, query, words)).toList();
    }

    private void refresh() {
        long last = store.lastPosition();
        if (last == seen) {
            return;
        }
        Map<String, List<StoredArticle>> added = new LinkedHashMap<>();
        for (StoredArticle a : store.storedBetween(seen, last)) {
            added.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(a);
        }
        added.forEach((id, fresh) -> {
            List<StoredArticle> read = current(id, fresh);
            if (!read.isEmpty()) {
                stories.put(id, summarise(id, read, last));
                articles.put(id, last, read);
            }
        });
        // Story assembly may have moved stored articles between stories (a merge, a regrouping) without
        // storing anything in them: read again a story whose count changed, drop one left empty.
        Map<String, Integer> sizes = store.storySizes();
        sizes.forEach((id, size) -> {
            StorySummary known = stories.get(id);
            if (!added.containsKey(id) && (known == null || known.articles() != size)) {
                List<StoredArticle> read = StoryDigests.inStoryOrder(store.story(id));
                if (!read.isEmpty()) {
                    stories.put(id, summarise(id, read, last));
                    articles.put(id, last, read);
                }
            }
        });
        stories.keySet().retainAll(sizes.keySet());
        seen = last;
        List<StorySummary> all = new ArrayList<>(stories.values());
        all.sort(NEWEST_FIRST);
        sorted = List.copyOf(all);
    }

    /**
     * The articles of story {@code id} in story order, given the ones stored in it since the last look:
     * the articles remembered at the story's last position and {@code fresh}, when the store's story holds
     * exactly those (no article moved in or out meanwhile); else the whole story read again. A story
     * that gains one article at a time is thus decoded once, not again on every change.
     */
    private List<StoredArticle> current(String id, List<StoredArticle> fresh) {
        StorySummary known = stories.get(id);
        List<StoredArticle> prior =
                known == null ? null : articles.get(id, known.position()).orElse(null);
        if (prior != null) {
            Set<String> ids = new HashSet<>();
            prior.forEach(a -> ids.add(a.id()));
            fresh.forEach(a -> ids.add(a.id()));
            List<String> stored = store.storyArticleIds(id);
            if (ids.size() == prior.size() + fresh.size() && stored.size() == ids.size() && ids.containsAll(stored)) {
                List<StoredArticle> all = new ArrayList<>(prior);
                all.addAll(fresh);
                // prior is in story order with ties in storage order, fresh was stored after it: the stable
                // sort gives the order of the whole story read again
                return StoryDigests.inStoryOrder(all);
            }
        }
        return StoryDigests.inStoryOrder(store.story(id));
    }

    static StorySummary summarise(String id, List<StoredArticle> articles, long position) {
        Set<String> outlets = new LinkedHashSet<>();
        Set<String> speakers = new LinkedHashSet<>();
        Set<String> words = new HashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        int origins = 0;
        for (StoredArticle s : articles) {
            Article a = s.article();
            if (a.outlet() != null && !a.outlet().isBlank()) {
                outlets.add(a.outlet().strip());
            }
            LocalDate d = a.published();
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
            if (s.nearDuplicateOf() == null) {
                origins++;
            }
            for (Quote q : s.quotes()) {
                if (q.speaker() != null) {
                    speakers.add(q.speaker());
                }
            }
            words.addAll(words(a.title()));
            words.addAll(words(a.outlet()));
            for (String term : s.features().terms().keySet()) {
                words.addAll(words(term));
            }
            for (Name n : s.names()) {
                words.addAll(words(n.text()));
            }
        }
        speakers.forEach(sp -> words.addAll(words(sp)));
        String title = StoryTitles.title(articles);
        words.addAll(words(title));
        return new StorySummary(
                id,
                title,
                articles.size(),
                Math.max(1, origins),
                new ArrayList<>(outlets),
                first,
                last,
                new ArrayList<>(speakers),
                words,
                position);
    }

    private static boolean matches(StorySummary s, StoryQuery q, List<String> words) {
        for (String w : words) {
            if (!s.words().contains(w) && !s.words().contains(singular(w))) {
                return false;
            }
        }
        if (q.from() != null && (s.last() == null || s.last().isBefore(q.from()))) {
            return false;
        }
        if (q.to() != null && (s.first() == null || s.first().isAfter(q.to()))) {
            return false;
        }
        if (q.speaker() != null && !containsIgnoreCase(s.speakers(), q.speaker())) {
            return false;
        }
        return q.outlet() == null || containsIgnoreCase(s.outlets(), q.outlet());
    }

    private static boolean containsIgnoreCase(List<String> values, String part) {
        String p = part.strip().toLowerCase(Locale.ROOT);
        return values.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(p));
    }

    /** A crude singular for matching lemmas: "talks" finds "talk". */
    private static String singular(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    static List<String> words(@Nullable String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}

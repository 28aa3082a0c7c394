package io.storyline.cluster;

import io.storyline.dedup.Fingerprint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How story assembly finds the few stories worth scoring for a new article, at a cost bounded by
 * the query, never by the number of stories: an inverted index (term or {@code n:name} → the stories
 * holding it, most recently posted first, cut at {@link AssemblyOptions#maxPostings}), and a MinHash
 * band index over the placed articles' fingerprints for near-duplicates. Not thread-safe.
 */
final class StoryIndex {

    private static final int BAND_ROWS = 4;

    private final AssemblyOptions options;
    private final Map<String, Deque<String>> postings = new HashMap<>();
    private final Map<Long, List<String>> bands = new HashMap<>();
    private final Map<String, Fingerprint> fingerprints = new HashMap<>();

    StoryIndex(AssemblyOptions options) {
        this.options = options;
    }

    /**
     * The ids of at most {@link AssemblyOptions#maxCandidates} stories, most votes first: the article's
     * {@link AssemblyOptions#queryTerms} strongest keys (tf-idf of its terms, twice the idf of each
     * name) each vote their weight for the stories on their posting list.
     */
    List<String> candidates(ArticleVectors a, IdfTable idf) {
        Map<String, Double> query = new HashMap<>(a.terms.map);
        for (String n : a.features.names().keySet()) {
            query.put("n:" + n, 2 * idf.idf("n:" + n));
        }
        List<Map.Entry<String, Double>> top = new ArrayList<>(query.entrySet());
        top.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        Map<String, Double> votes = new HashMap<>();
        for (Map.Entry<String, Double> e : top.subList(0, Math.min(options.queryTerms(), top.size()))) {
            Deque<String> d = postings.get(e.getKey());
            if (d == null) {
                continue;
            }
            Iterator<String> it = d.iterator();
            for (int i = 0; i < options.maxPostings() && it.hasNext(); i++) {
                votes.merge(it.next(), e.getValue(), Double::sum);
            }
        }
        return votes.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(options.maxCandidates())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Posts {@code story} under every term and name of {@code f}, and indexes {@code f}'s fingerprint. */
    void add(ArticleFeatures f, String story) {
        for (String t : f.terms().keySet()) {
            post(t, story);
        }
        for (String n : f.names().keySet()) {
            post("n:" + n, story);
        }
        Fingerprint fp = f.fingerprint();
        if (fp != null && !fp.isEmpty()) {
            fingerprints.put(f.id(), fp);
            for (long b : fp.bands(BAND_ROWS)) {
                bands.computeIfAbsent(b, k -> new ArrayList<>(2)).add(f.id());
            }
        }
    }

    /** Posts story {@code p} under every term and name it holds. */
    void postAll(StoryProfile p) {
        p.terms.keys().forEach(t -> post(t, p.id));
        p.names.keySet().forEach(n -> post("n:" + n, p.id));
    }

    /** Takes story {@code p} off the posting list of every term and name it holds. */
    void unpostAll(StoryProfile p) {
        for (String t : p.terms.keys()) {
            unpost(t, p.id);
        }
        for (String n : p.names.keySet()) {
            unpost("n:" + n, p.id);
        }
    }

    /** Moves the postings of {@code from} (a story merged away) to {@code to}. */
    void move(StoryProfile from, String to) {
        for (String t : from.terms.keys()) {
            unpost(t, from.id);
            post(t, to);
        }
        for (String n : from.names.keySet()) {
            unpost("n:" + n, from.id);
            post("n:" + n, to);
        }
    }

    /**
     * Moves {@code story} to the front of the key's posting list. Lists are cut at {@code
     * maxPostings}: retrieval never reads further, and the cut keeps both this update and the
     * list's memory bounded however many stories share a common word.
     */
    private void post(String key, String story) {
        Deque<String> d = postings.computeIfAbsent(key, k -> new ArrayDeque<>());
        if (!story.equals(d.peekFirst())) {
            d.remove(story);
            d.addFirst(story);
            while (d.size() > options.maxPostings()) {
                d.removeLast();
            }
        }
    }

    private void unpost(String key, String story) {
        Deque<String> d = postings.get(key);
        if (d != null) {
            d.remove(story);
        }
    }

    /**
     * The earlier article {@code f} most nearly duplicates (MinHash similarity at least {@link
     * AssemblyOptions#nearDuplicate}, found through the band index), or null.
     */
    @Nullable
    String nearDuplicate(ArticleFeatures f) {
        Fingerprint fp = f.fingerprint();
        if (fp == null || fp.isEmpty()) {
            return null;
        }
        String best = null;
        double bestSim = 0;
        for (long b : fp.bands(BAND_ROWS)) {
            for (String other : bands.getOrDefault(b, List.of())) {
                Fingerprint ofOther = fingerprints.get(other);
                double sim = ofOther == null ? 0 : fp.similarity(ofOther);
                if (sim >= options.nearDuplicate() && sim > bestSim) {
                    bestSim = sim;
                    best = other;
                }
            }
        }
        return best;
    }
}

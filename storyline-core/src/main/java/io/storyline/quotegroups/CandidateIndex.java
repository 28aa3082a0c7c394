package io.storyline.quotegroups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pairs of distinct quote texts worth comparing, found by blocking instead of trying every pair.
 * A pair is a candidate when
 *
 * <ul>
 *   <li>one holds one of the other's rarest words, enough of them that two quotes sharing {@code
 *       nearLcs} of the shorter one's words (verbatim, trimmed, reordered copies) cannot miss (prefix
 *       filtering: the shorter one misses at most {@code (1 - nearLcs) n} of its words, so one of its
 *       {@code (1 - nearLcs) n + 1} rarest distinct words is in the other);
 *   <li>they share a content stem used by at most {@code maxStemShare} of the story's quote texts (or
 *       by at most {@link #MIN_STEM_LIMIT} of them): what the lexical and the weighted-overlap tests
 *       need; a stem in most quotes is topic, not evidence, and alone cannot make a pair pass those
 *       tests;
 *   <li>or both have speakers that can be one source (the same speaker, a spokesperson and what they
 *       speak for, or both anonymous) and enough content words: the only pairs that may be joined by
 *       embedding cosine alone, with no shared word.
 * </ul>
 *
 * <p>What blocking gives up: two quotes of a story with more than {@link #MIN_STEM_LIMIT} quote
 * texts, one of them of unknown speaker, that share no word but a frequent one and are joined only by
 * a high cosine. Cost: linear in the words of the texts plus the number of candidate pairs. Not
 * thread-safe; one per grouping.
 */
final class CandidateIndex {

    /** Stems are never too frequent to block on in a story of at most this many distinct quote texts. */
    static final int MIN_STEM_LIMIT = 200;

    private final List<Features> forms;
    private final double nearLcs;
    private final double maxStemShare;
    private final int minContent;

    /** An index over {@code forms} (distinct quote texts with their speakers), in story order. */
    CandidateIndex(List<Features> forms, double nearLcs, double maxStemShare, int minContent) {
        this.forms = forms;
        this.nearLcs = nearLcs;
        this.maxStemShare = maxStemShare;
        this.minContent = minContent;
    }

    /** The candidate pairs {@code (a, b)}, {@code a < b}, as keys of {@link Components#key}, ascending (a sorted set). */
    Set<Long> pairs(SpeakerCompat compat) {
        TreeSet<Long> out = new TreeSet<>();
        rareWords(out);
        sharedStems(out);
        sameSource(out, compat);
        return out;
    }

    private void rareWords(Set<Long> out) {
        Map<String, List<Integer>> byToken = new HashMap<>();
        for (int f = 0; f < forms.size(); f++) {
            for (String t : new LinkedHashSet<>(forms.get(f).tokens)) {
                byToken.computeIfAbsent(t, k -> new ArrayList<>()).add(f);
            }
        }
        for (int f = 0; f < forms.size(); f++) {
            List<String> distinct = new ArrayList<>(new LinkedHashSet<>(forms.get(f).tokens));
            distinct.sort(
                    Comparator.comparingInt((String t) -> holders(byToken, t).size())
                            .thenComparing(Comparator.naturalOrder()));
            int n = forms.get(f).tokens.size();
            // the pair test is lcs >= nearLcs * n, so at most n - ceil(nearLcs * n) words are missing
            int prefix = Math.min(distinct.size(), n - (int) Math.ceil(nearLcs * n) + 1);
            for (int k = 0; k < prefix; k++) {
                for (int g : holders(byToken, distinct.get(k))) {
                    // f is the shorter (or equal) of the pair: the other holds one of its rarest words
                    if (g != f && forms.get(g).tokens.size() >= n) {
                        out.add(Components.key(f, g));
                    }
                }
            }
        }
    }

    private void sharedStems(Set<Long> out) {
        Map<String, List<Integer>> byStem = new HashMap<>();
        for (int f = 0; f < forms.size(); f++) {
            for (String s : forms.get(f).contentSet) {
                byStem.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
            }
        }
        int limit = Math.max(MIN_STEM_LIMIT, (int) (maxStemShare * forms.size()));
        for (List<Integer> holders : byStem.values()) {
            if (holders.size() > limit) {
                continue;
            }
            for (int x = 0; x < holders.size(); x++) {
                for (int y = x + 1; y < holders.size(); y++) {
                    out.add(Components.key(holders.get(x), holders.get(y)));
                }
            }
        }
    }

    private void sameSource(Set<Long> out, SpeakerCompat compat) {
        Map<String, List<Integer>> bySpeaker = new HashMap<>();
        List<Integer> anonymous = new ArrayList<>();
        for (int f = 0; f < forms.size(); f++) {
            Features x = forms.get(f);
            if (x.tokens.size() < 2 || x.content.size() < minContent) {
                continue;
            }
            String s = x.quote.speaker();
            if (s != null) {
                bySpeaker.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
            } else if (x.quote.anonymous()) {
                anonymous.add(f);
            }
        }
        List<String> speakers = new ArrayList<>(bySpeaker.keySet());
        for (int i = 0; i < speakers.size(); i++) {
            for (int j = i; j < speakers.size(); j++) {
                if (i == j || compat.sameSource(speakers.get(i), speakers.get(j))) {
                    all(holders(bySpeaker, speakers.get(i)), holders(bySpeaker, speakers.get(j)), out);
                }
            }
        }
        all(anonymous, anonymous, out);
    }

    private static List<Integer> holders(Map<String, List<Integer>> index, String key) {
        return index.getOrDefault(key, List.of());
    }

    private static void all(List<Integer> xs, List<Integer> ys, Set<Long> out) {
        for (int x : xs) {
            for (int y : ys) {
                if (x != y) {
                    out.add(Components.key(x, y));
                }
            }
        }
    }
}

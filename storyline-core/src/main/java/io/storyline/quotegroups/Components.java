package io.storyline.quotegroups;

import io.storyline.speakers.QuoteRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Union-find over the quotes of one grouping, tracking the named speakers of each component. */
final class Components {

    private final List<GroupQuote> quotes;
    private final SpeakerCompat compat;
    private final List<Integer> parent = new ArrayList<>();
    private final Map<Integer, Set<String>> speakers = new HashMap<>();

    Components(List<GroupQuote> quotes, SpeakerCompat compat) {
        this.quotes = quotes;
        this.compat = compat;
        for (int i = 0; i < quotes.size(); i++) {
            parent.add(i);
            Set<String> s = new HashSet<>();
            String id = quotes.get(i).speaker();
            if (id != null) {
                s.add(id);
            }
            speakers.put(i, s);
        }
    }

    int find(int i) {
        int r = i;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        parent.set(i, r);
        return r;
    }

    /** Whether every named speaker of one component is the same source as every one of the other. */
    boolean compatible(int a, int b) {
        Set<String> x = speakers.getOrDefault(find(a), Set.of());
        Set<String> y = speakers.getOrDefault(find(b), Set.of());
        for (String s : x) {
            for (String t : y) {
                if (!compat.sameSource(s, t)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The share of the cross pairs between the components of {@code a} and {@code b} that are in
     * {@code links} (1 when they are one component).
     */
    double linkedShare(int a, int b, Set<Long> links) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return 1;
        }
        List<Integer> ma = new ArrayList<>();
        List<Integer> mb = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            int r = find(i);
            if (r == ra) {
                ma.add(i);
            } else if (r == rb) {
                mb.add(i);
            }
        }
        int linked = 0;
        for (int i : ma) {
            for (int j : mb) {
                if (links.contains(key(i, j))) {
                    linked++;
                }
            }
        }
        return (double) linked / (ma.size() * (double) mb.size());
    }

    /** The key of the unordered pair {@code (i, j)} in a link set. */
    static long key(int i, int j) {
        return ((long) Math.min(i, j) << 32) | Math.max(i, j);
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        parent.set(ra, rb);
        speakers.computeIfAbsent(rb, k -> new HashSet<>()).addAll(speakers.getOrDefault(ra, Set.of()));
        speakers.remove(ra);
    }

    /** Components of two or more quotes, in story order, with the pairs that formed them. */
    List<QuoteGroup> groups(List<QuotePair> pairs) {
        Map<Integer, List<QuoteRef>> members = new LinkedHashMap<>();
        Map<QuoteRef, Integer> rootOf = new HashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            int root = find(i);
            members.computeIfAbsent(root, k -> new ArrayList<>())
                    .add(quotes.get(i).ref());
            rootOf.put(quotes.get(i).ref(), root);
        }
        Map<Integer, List<QuotePair>> relations = new HashMap<>();
        for (QuotePair p : pairs) {
            Integer root = rootOf.get(p.a());
            if (root != null) {
                relations.computeIfAbsent(root, k -> new ArrayList<>()).add(p);
            }
        }
        List<QuoteGroup> out = new ArrayList<>();
        members.forEach((root, refs) -> {
            if (refs.size() >= 2) {
                out.add(new QuoteGroup(refs, relations.getOrDefault(root, List.of())));
            }
        });
        return List.copyOf(out);
    }
}

package io.storyline.quotegroups;

import io.storyline.speakers.QuoteRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Union-find over the quotes of one grouping, tracking per component its size, its named speakers
 * and how many candidate links join it to each other component, so the average-linkage test of a
 * candidate pair costs a map lookup instead of a scan of the quotes (merging the smaller
 * component's state into the larger keeps the whole grouping near-linear in the links).
 */
final class Components {

    private final List<GroupQuote> quotes;
    private final SpeakerCompat compat;
    private final int[] parent;
    private final int[] size;
    private final Map<Integer, Set<String>> speakers = new HashMap<>();
    /** Root → other root → the number of candidate links between their members. */
    private final Map<Integer, Map<Integer, Integer>> linked = new HashMap<>();

    /** Singleton components of {@code quotes}, with {@code links} (keys of {@link #key}) between them. */
    Components(List<GroupQuote> quotes, SpeakerCompat compat, Set<Long> links) {
        this.quotes = quotes;
        this.compat = compat;
        this.parent = new int[quotes.size()];
        this.size = new int[quotes.size()];
        for (int i = 0; i < quotes.size(); i++) {
            parent[i] = i;
            size[i] = 1;
            Set<String> s = new HashSet<>();
            String id = quotes.get(i).speaker();
            if (id != null) {
                s.add(id);
            }
            speakers.put(i, s);
        }
        for (long k : links) {
            int a = (int) (k >>> 32);
            int b = (int) k;
            if (a != b) {
                linked.computeIfAbsent(a, x -> new HashMap<>()).merge(b, 1, Integer::sum);
                linked.computeIfAbsent(b, x -> new HashMap<>()).merge(a, 1, Integer::sum);
            }
        }
    }

    int find(int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        parent[i] = r;
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
     * The share of the cross pairs between the components of {@code a} and {@code b} that are
     * candidate links (1 when they are one component).
     */
    double linkedShare(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return 1;
        }
        int count = linked.getOrDefault(ra, Map.of()).getOrDefault(rb, 0);
        return count / (size[ra] * (double) size[rb]);
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
        int from = size[ra] <= size[rb] ? ra : rb;
        int to = from == ra ? rb : ra;
        parent[from] = to;
        size[to] += size[from];
        Set<String> moved = speakers.remove(from);
        if (moved != null) {
            speakers.computeIfAbsent(to, k -> new HashSet<>()).addAll(moved);
        }
        Map<Integer, Integer> out = linked.remove(from);
        Map<Integer, Integer> into = linked.computeIfAbsent(to, k -> new HashMap<>());
        into.remove(from);
        if (out != null) {
            out.forEach((other, count) -> {
                if (other != to) {
                    into.merge(other, count, Integer::sum);
                    Map<Integer, Integer> theirs = linked.get(other);
                    if (theirs != null) {
                        theirs.remove(from);
                        theirs.merge(to, count, Integer::sum);
                    }
                }
            });
        }
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

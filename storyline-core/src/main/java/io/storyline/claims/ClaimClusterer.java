package io.storyline.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Groups a story's aligned units into claims and counts their independent origins.
 *
 * <p>Pairs are merged strongest first; two groups merge only when they share no article (a claim
 * has at most one statement per article), no pair between them contradicts, and at least half of
 * the pairs between them are aligned (so one loose link does not chain two claims). A claim is
 * {@code contested} when a pair of its statements contradicts a statement of another claim.
 * Deterministic; not thread-safe per call state, but instances are stateless and thread-safe.
 */
public final class ClaimClusterer {

    private final double linkage;

    /** A clusterer merging groups when at least {@code linkage} of the pairs between them are aligned. */
    public ClaimClusterer(double linkage) {
        if (!(linkage > 0 && linkage <= 1)) {
            throw new IllegalArgumentException("linkage must be in (0, 1], got " + linkage);
        }
        this.linkage = linkage;
    }

    public ClaimClusterer() {
        this(0.5);
    }

    /** The claims of {@code alignment}, most supported first. */
    public List<Claim> cluster(StoryAlignment alignment, OriginEvidence origins, List<String> articleOrder) {
        List<ClaimUnit> all = new ArrayList<>();
        alignment.units().forEach(all::addAll);
        Map<ClaimUnit, Integer> id = new HashMap<>();
        for (ClaimUnit u : all) {
            id.put(u, id.size());
        }
        Set<Long> aligned = new HashSet<>();
        Set<Long> clash = new HashSet<>();
        for (AlignedPair p : alignment.same()) {
            aligned.add(key(idx(id, p.a()), idx(id, p.b())));
        }
        for (AlignedPair p : alignment.contradictions()) {
            clash.add(key(idx(id, p.a()), idx(id, p.b())));
        }
        List<List<Integer>> groups = new ArrayList<>();
        int[] groupOf = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            groups.add(new ArrayList<>(List.of(i)));
            groupOf[i] = i;
        }
        List<AlignedPair> pairs = new ArrayList<>(alignment.same());
        pairs.sort(Comparator.comparingDouble((AlignedPair p) -> -p.alignment().score()));
        for (AlignedPair p : pairs) {
            int ga = groupOf[idx(id, p.a())];
            int gb = groupOf[idx(id, p.b())];
            if (ga == gb || !mergeable(groups.get(ga), groups.get(gb), all, aligned, clash)) {
                continue;
            }
            for (int m : groups.get(gb)) {
                groupOf[m] = ga;
            }
            groups.get(ga).addAll(groups.get(gb));
            groups.get(gb).clear();
        }
        return claims(groups, groupOf, all, id, alignment, origins, articleOrder);
    }

    private boolean mergeable(
            List<Integer> a, List<Integer> b, List<ClaimUnit> all, Set<Long> aligned, Set<Long> clash) {
        Set<String> articles = new HashSet<>();
        for (int i : a) {
            articles.add(all.get(i).article());
        }
        int links = 0;
        for (int j : b) {
            if (articles.contains(all.get(j).article())) {
                return false;
            }
            for (int i : a) {
                long k = key(i, j);
                if (clash.contains(k)) {
                    return false;
                }
                if (aligned.contains(k)) {
                    links++;
                }
            }
        }
        return links >= linkage * a.size() * b.size();
    }

    private static int idx(Map<ClaimUnit, Integer> id, ClaimUnit u) {
        Integer i = id.get(u);
        if (i == null) {
            throw new IllegalStateException("unit not in the story: " + u.article() + " " + u.span());
        }
        return i;
    }

    private static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private List<Claim> claims(
            List<List<Integer>> groups,
            int[] groupOf,
            List<ClaimUnit> all,
            Map<ClaimUnit, Integer> id,
            StoryAlignment alignment,
            OriginEvidence origins,
            List<String> articleOrder) {
        Map<String, Integer> order = new HashMap<>();
        for (String a : articleOrder) {
            order.put(a, order.size());
        }
        List<List<Integer>> kept = new ArrayList<>();
        for (List<Integer> g : groups) {
            if (!g.isEmpty()) {
                List<Integer> sorted = new ArrayList<>(g);
                sorted.sort(Comparator.comparingInt(
                                (Integer i) -> order.getOrDefault(all.get(i).article(), Integer.MAX_VALUE))
                        .thenComparingInt(i -> all.get(i).index()));
                kept.add(sorted);
            }
        }
        kept.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()).thenComparingInt(g -> g.get(0)));
        Map<Integer, String> claimIdOfGroup = new HashMap<>();
        for (int k = 0; k < kept.size(); k++) {
            claimIdOfGroup.put(groupOf[kept.get(k).get(0)], "c" + (k + 1));
        }
        Map<String, Set<String>> contradicts = new HashMap<>();
        for (AlignedPair p : alignment.contradictions()) {
            String ca = claimIdOfGroup.get(groupOf[idx(id, p.a())]);
            String cb = claimIdOfGroup.get(groupOf[idx(id, p.b())]);
            if (ca != null && cb != null && !ca.equals(cb)) {
                contradicts.computeIfAbsent(ca, k -> new LinkedHashSet<>()).add(cb);
                contradicts.computeIfAbsent(cb, k -> new LinkedHashSet<>()).add(ca);
            }
        }
        List<Claim> out = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            String cid = "c" + (k + 1);
            out.add(claim(cid, kept.get(k), all, alignment, origins, contradicts.getOrDefault(cid, Set.of())));
        }
        return out;
    }

    private static Claim claim(
            String cid,
            List<Integer> members,
            List<ClaimUnit> all,
            StoryAlignment alignment,
            OriginEvidence origins,
            Set<String> contradicts) {
        List<ClaimUnit> units = members.stream().map(all::get).toList();
        Set<String> upstreams = new HashSet<>();
        for (ClaimUnit u : units) {
            String up = creditedUpstream(u, origins);
            if (up != null) {
                upstreams.add(up);
            }
        }
        List<Support> support = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        for (ClaimUnit u : units) {
            String origin = origin(u, origins, upstreams);
            distinct.add(origin);
            support.add(new Support(u.article(), u.span(), u.text(), origin));
        }
        ClaimUnit rep = representative(units, alignment);
        ClaimStatus status = !contradicts.isEmpty()
                ? ClaimStatus.CONTESTED
                : distinct.size() >= 2 ? ClaimStatus.CORROBORATED : ClaimStatus.SINGLE_SOURCE;
        return new Claim(
                cid,
                rep.text(),
                rep.quote(),
                rep.speaker(),
                support,
                distinct.size(),
                status,
                List.copyOf(contradicts));
    }

    private static @Nullable String creditedUpstream(ClaimUnit u, OriginEvidence origins) {
        Map<Integer, String> m = origins.credited().get(u.article());
        return m == null ? null : m.get(u.index());
    }

    private static String origin(ClaimUnit u, OriginEvidence origins, Set<String> upstreams) {
        String up = creditedUpstream(u, origins);
        if (up != null) {
            return "upstream:" + up;
        }
        for (String derived : origins.uncredited().getOrDefault(u.article(), Set.of())) {
            if (upstreams.contains(derived)) {
                return "upstream:" + derived;
            }
        }
        return origins.derivationRoot().getOrDefault(u.article(), u.article());
    }

    /** The unit with the most alignments inside the claim; the first on ties. */
    private static ClaimUnit representative(List<ClaimUnit> units, StoryAlignment alignment) {
        if (units.size() == 1) {
            return units.get(0);
        }
        Set<ClaimUnit> members = new HashSet<>(units);
        Map<ClaimUnit, Double> weight = new HashMap<>();
        for (AlignedPair p : alignment.same()) {
            if (members.contains(p.a()) && members.contains(p.b())) {
                weight.merge(p.a(), p.alignment().score(), Double::sum);
                weight.merge(p.b(), p.alignment().score(), Double::sum);
            }
        }
        ClaimUnit best = units.get(0);
        for (ClaimUnit u : units) {
            if (weight.getOrDefault(u, 0.0) > weight.getOrDefault(best, 0.0) + 1e-9) {
                best = u;
            }
        }
        return best;
    }
}

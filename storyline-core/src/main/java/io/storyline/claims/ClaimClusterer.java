package io.storyline.claims;

import io.storyline.core.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Groups a story's units into claims by average linkage over their {@link UnitLink} scores, and counts
 * each claim's independent origins.
 *
 * <p>Groups merge best first while the mean score over all pairs between them (a missing link counts
 * as 0) reaches {@code merge}, so one loose link does not chain two claims; two groups never merge
 * when they share an article (a claim has at most one statement per article; with {@link
 * Options#restatements} they may, and the mean is then over their pairs of different articles) or when
 * a pair between them contradicts. Then a unit also supports any other claim whose members it matches with a mean
 * score of at least {@code join} (a sentence stating two claims supports both). Claims holding the two
 * sides of a contradiction scoring at least {@code join} (statements that would otherwise be one
 * claim) are {@code contested} and name each other; weaker contradictions only keep groups apart. Without links (no linker), the
 * aligner's same and contradiction pairs are used with score 1.
 *
 * <p>Copies of one statement in many articles are grouped as one weighted node when that gives the
 * same claims as grouping them unit by unit ({@link CopyGraph}). Deterministic; instances are stateless
 * and thread-safe. Cost: O(L) to read L links, then O(P log P) for the P linked pairs of nodes (of
 * units when copies cannot be nodes).
 */
public final class ClaimClusterer {

    /**
     * Thresholds of the grouping.
     *
     * @param merge mean link score from which two groups merge
     * @param join mean link score from which a unit also supports another claim
     * @param apart link score below which (a missing link scores 0) two units are different: with
     *     {@code apart > 0} a claim holds no such pair, so grouping never chains two different
     *     statements through a third; 0 allows it (average linkage alone)
     * @param restatements whether a unit may also join a claim that already holds a statement of its
     *     article (an article stating the claim again, in its lede and further down), judged by its
     *     links to the claim's statements of other articles only; false: one statement per article
     */
    public record Options(double merge, double join, double apart, boolean restatements) {

        public Options {
            if (!(merge > 0) || !(join > 0) || !(apart >= 0 && apart <= merge)) {
                throw new IllegalArgumentException(
                        "need merge > 0, join > 0 and 0 <= apart <= merge, got " + merge + ", " + join + ", " + apart);
            }
        }

        /** One statement per article and claim. */
        public Options(double merge, double join, double apart) {
            this(merge, join, apart, false);
        }

        public static Options defaults() {
            return new Options(0.6, 0.7, 0.4);
        }

        /** The thresholds for links scored by {@code model}'s probability. */
        public static Options of(ClaimPairModel model) {
            return new Options(model.merge(), Math.max(model.merge(), 0.5), model.apart());
        }
    }

    private final Options options;

    public ClaimClusterer(Options options) {
        this.options = options;
    }

    public ClaimClusterer() {
        this(Options.defaults());
    }

    /**
     * The claims of {@code alignment}, most supported first. Copies of a statement are grouped as one
     * weighted node when that groups them as unit by unit would ({@link CopyGraph}), so a story of many
     * copies costs about as much as its distinct statements.
     */
    public List<Claim> cluster(StoryAlignment alignment, OriginEvidence origins, List<String> articleOrder) {
        return cluster(alignment, origins, articleOrder, true);
    }

    /** The claims of {@code alignment}; with {@code copies} false, every unit is its own node. */
    List<Claim> cluster(StoryAlignment alignment, OriginEvidence origins, List<String> articleOrder, boolean copies) {
        List<ClaimUnit> all = new ArrayList<>();
        alignment.units().forEach(all::addAll);
        Map<ClaimUnit, Integer> id = new HashMap<>();
        for (ClaimUnit u : all) {
            id.put(u, id.size());
        }
        // links name the story's own unit objects: look them up by identity (hashing a unit record
        // hashes its text), with the same answer as by equality, which stays for any other object
        IdentityHashMap<ClaimUnit, Integer> known = new IdentityHashMap<>();
        all.forEach(u -> known.put(u, idx(id, u)));
        CopyGraph graph =
                CopyGraph.of(all, links(alignment), u -> idx(known, id, u), options.merge(), options.apart(), copies);
        List<List<Integer>> groups = new AverageLinkage(graph, all, options).groups();
        List<Set<Integer>> members = new ArrayList<>();
        groups.forEach(g -> members.add(new LinkedHashSet<>(g)));
        join(members, groups, all, graph);
        Set<Long> contested = new HashSet<>();
        for (long d : graph.clashes()) {
            if (graph.score(d) >= options.join()) {
                contested.add(d);
            }
        }
        return claims(members, all, graph, contested, origins, articleOrder);
    }

    private static List<UnitLink> links(StoryAlignment alignment) {
        if (!alignment.links().isEmpty()) {
            return alignment.links();
        }
        List<UnitLink> out = new ArrayList<>();
        alignment.same().forEach(p -> out.add(new UnitLink(p.a(), p.b(), 1, false)));
        alignment.contradictions().forEach(p -> out.add(new UnitLink(p.a(), p.b(), 0, true)));
        return out;
    }

    /**
     * Adds each unit to the other groups it matches well enough (grouped by primary membership). Only
     * the groups holding a unit it is linked to can qualify (join > 0), so each unit visits those
     * groups through its node's links instead of scanning every group.
     */
    private void join(List<Set<Integer>> members, List<List<Integer>> primary, List<ClaimUnit> all, CopyGraph graph) {
        int[] groupOf = new int[graph.size()];
        for (int g = 0; g < primary.size(); g++) {
            for (int m : primary.get(g)) {
                groupOf[graph.node(m)] = g;
            }
        }
        List<List<Integer>> neighbours = new ArrayList<>();
        for (int x = 0; x < graph.size(); x++) {
            neighbours.add(new ArrayList<>());
        }
        for (long k : graph.pairs().keySet()) {
            int a = (int) (k >>> 32);
            int b = (int) (k & 0xffffffffL);
            neighbours.get(a).add(b);
            neighbours.get(b).add(a);
        }
        List<Set<String>> articles = new ArrayList<>();
        for (Set<Integer> g : members) {
            Set<String> in = new HashSet<>();
            g.forEach(m -> in.add(all.get(m).article()));
            articles.add(in);
        }
        for (int u = 0; u < all.size(); u++) {
            String article = all.get(u).article();
            TreeSet<Integer> touched = new TreeSet<>();
            neighbours.get(graph.node(u)).forEach(y -> touched.add(groupOf[y]));
            for (int g : touched) {
                if (members.get(g).contains(u)) {
                    continue;
                }
                boolean again = articles.get(g).contains(article);
                if ((!again || options.restatements()) && matches(u, primary.get(g), all, graph)) {
                    members.get(g).add(u);
                    articles.get(g).add(article);
                }
            }
        }
    }

    /**
     * Whether unit {@code u} matches the group: by its links to the group's statements of other articles
     * (a statement of its own article is never compared with it), at least one of them.
     */
    private boolean matches(int u, List<Integer> group, List<ClaimUnit> all, CopyGraph graph) {
        double sum = 0;
        int compared = 0;
        boolean contradicts = false;
        String article = all.get(u).article();
        for (int m : group) {
            if (all.get(m).article().equals(article)) {
                continue;
            }
            double s = graph.score(u, m);
            sum += s;
            compared++;
            contradicts |= graph.clash(u, m) || (options.apart() > 0 && s < options.apart());
        }
        return compared > 0 && !contradicts && sum >= options.join() * compared;
    }

    static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private static int idx(IdentityHashMap<ClaimUnit, Integer> known, Map<ClaimUnit, Integer> id, ClaimUnit u) {
        Integer i = known.get(u);
        return i != null ? i : idx(id, u);
    }

    private static int idx(Map<ClaimUnit, Integer> id, ClaimUnit u) {
        Integer i = id.get(u);
        if (i == null) {
            throw new IllegalStateException("unit not in the story: " + u.article() + " " + u.span());
        }
        return i;
    }

    private static List<Claim> claims(
            List<Set<Integer>> groups,
            List<ClaimUnit> all,
            CopyGraph graph,
            Set<Long> clash,
            OriginEvidence origins,
            List<String> articleOrder) {
        Map<String, Integer> order = new HashMap<>();
        for (String a : articleOrder) {
            order.put(a, order.size());
        }
        List<List<Integer>> kept = new ArrayList<>();
        for (Set<Integer> g : groups) {
            List<Integer> sorted = new ArrayList<>(g);
            sorted.sort(Comparator.comparingInt(
                            (Integer i) -> order.getOrDefault(all.get(i).article(), Integer.MAX_VALUE))
                    .thenComparingInt(i -> all.get(i).index()));
            kept.add(sorted);
        }
        kept.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()).thenComparingInt(g -> g.get(0)));
        Map<Integer, Set<Integer>> claimsOfUnit = new HashMap<>();
        for (int k = 0; k < kept.size(); k++) {
            for (int u : kept.get(k)) {
                claimsOfUnit.computeIfAbsent(u, x -> new HashSet<>()).add(k);
            }
        }
        Map<Integer, Set<String>> contradicts = new HashMap<>();
        for (long k : clash) {
            contradictions(graph, (int) (k >>> 32), (int) (k & 0xffffffffL), all, claimsOfUnit, contradicts);
        }
        List<Claim> out = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            List<ClaimUnit> units = kept.get(k).stream().map(all::get).toList();
            ClaimUnit rep = representative(kept.get(k), all, graph);
            out.add(claim("c" + (k + 1), units, rep, origins, contradicts.getOrDefault(k, Set.of())));
        }
        return out;
    }

    /**
     * Marks the claims of the units of nodes {@code x} and {@code y} (linked pairs: an earlier unit of
     * {@code x}, a later one of {@code y}, of different articles) as contradicting each other, unless
     * one holds both sides.
     */
    private static void contradictions(
            CopyGraph graph,
            int x,
            int y,
            List<ClaimUnit> all,
            Map<Integer, Set<Integer>> claimsOfUnit,
            Map<Integer, Set<String>> contradicts) {
        Set<List<Set<Integer>>> seen = new HashSet<>();
        for (int u : graph.units(x)) {
            for (int v : graph.units(y)) {
                if (v <= u) {
                    continue;
                }
                Set<Integer> ca = claimsOfUnit.getOrDefault(u, Set.of());
                Set<Integer> cb = claimsOfUnit.getOrDefault(v, Set.of());
                if (all.get(u).article().equals(all.get(v).article()) || !seen.add(List.of(ca, cb))) {
                    continue;
                }
                for (int a : ca) {
                    for (int b : cb) {
                        if (a != b && !ca.contains(b) && !cb.contains(a)) {
                            contradicts.computeIfAbsent(a, z -> new TreeSet<>()).add("c" + (b + 1));
                            contradicts.computeIfAbsent(b, z -> new TreeSet<>()).add("c" + (a + 1));
                        }
                    }
                }
            }
        }
    }

    /**
     * The unit with the highest total score to the other members; the first on ties (a later copy of
     * a unit's statement scores the same and is not summed again).
     */
    private static ClaimUnit representative(List<Integer> members, List<ClaimUnit> all, CopyGraph graph) {
        int best = members.get(0);
        double bestSum = -1;
        Set<Integer> summed = new HashSet<>();
        for (int u : members) {
            if (!summed.add(graph.node(u)) && graph.symmetric(graph.node(u))) {
                continue;
            }
            double sum = 0;
            for (int v : members) {
                if (u != v) {
                    sum += graph.score(u, v);
                }
            }
            if (sum > bestSum + 1e-9) {
                best = u;
                bestSum = sum;
            }
        }
        return all.get(best);
    }

    private static Claim claim(
            String cid, List<ClaimUnit> units, ClaimUnit rep, OriginEvidence origins, Set<String> contradicts) {
        Set<String> upstreams = new HashSet<>();
        for (ClaimUnit u : units) {
            String up = creditedUpstream(u, origins);
            if (up != null) {
                upstreams.add(up);
            }
        }
        List<Support> support = new ArrayList<>();
        Set<SourceRef> distinct = new HashSet<>();
        for (ClaimUnit u : units) {
            SourceRef origin = origin(u, origins, upstreams);
            distinct.add(origin);
            support.add(new Support(u.article(), u.span(), u.text(), origin));
        }
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

    private static SourceRef origin(ClaimUnit u, OriginEvidence origins, Set<String> upstreams) {
        String up = creditedUpstream(u, origins);
        if (up != null) {
            return SourceRef.upstream(up);
        }
        for (String derived : origins.uncredited().getOrDefault(u.article(), Set.of())) {
            if (upstreams.contains(derived)) {
                return SourceRef.upstream(derived);
            }
        }
        return SourceRef.article(origins.derivationRoot().getOrDefault(u.article(), u.article()));
    }
}

package io.storyline.eval;

import io.storyline.core.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores groups of statements (found claims) against gold claims strictly: a group is credited only
 * for what its own statements get right.
 *
 * <ul>
 *   <li>A statement <em>lies on</em> a gold span of its article when the two overlap by at least {@value
 *       #OVERLAP} of the shorter of the two.
 *   <li>A gold claim of two or more articles is <em>found</em> when one group holds at least two of its
 *       own statements, in different articles, lying on that gold claim's spans, and the group's article
 *       set has Jaccard at least 2/3 with the gold claim's article set. A group that reaches the right
 *       articles through statements about something else is not credited.
 *   <li>A group of two or more articles with at least two statements on gold spans is <em>labelled</em>;
 *       it is <em>mixed</em> when two of those statements lie on spans sharing no gold claim.
 *   <li>Pairs: a gold pair is two gold spans (in practice sentences) of different articles sharing a
 *       gold claim; a found pair is two such spans holding statements of one group. Precision, recall
 *       and F1 are over these span pairs, so a found pair on spans no gold claim joins is an error.
 * </ul>
 *
 * Stateless.
 */
public final class ClaimAgreement {

    /** Least overlap, as a share of the shorter span, for a statement to lie on a gold span. */
    public static final double OVERLAP = 0.6;

    private ClaimAgreement() {}

    /** A statement of a found claim: where it is. */
    public record Statement(String article, Span span) {

        public Statement {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * A gold claim: the spans that state it, by article.
     *
     * @param id the gold id
     * @param text what it says, for notes
     * @param spans article → the spans of that article stating it
     */
    public record GoldClaim(String id, String text, Map<String, List<Span>> spans) {

        public GoldClaim {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            Map<String, List<Span>> copy = new HashMap<>();
            spans.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            spans = Map.copyOf(copy);
        }
    }

    /**
     * The scores.
     *
     * @param found multi-article gold claims found (strict rule)
     * @param loose multi-article gold claims with a group holding a statement on one of its spans and
     *     an article set of Jaccard ≥ 2/3 (the earlier, lenient rule; reported for comparison only)
     * @param gold multi-article gold claims
     * @param mixed labelled groups joining statements of different gold claims
     * @param labelled groups of two or more articles with at least two statements on gold spans
     * @param foundPairs cross-article gold-span pairs holding statements of one group
     * @param correctPairs found pairs that are gold pairs
     * @param goldPairs cross-article gold-span pairs sharing a gold claim
     * @param missed one line per multi-article gold claim not found
     */
    public record Scores(
            int found,
            int loose,
            int gold,
            int mixed,
            int labelled,
            int foundPairs,
            int correctPairs,
            int goldPairs,
            List<String> missed) {

        public Scores {
            missed = List.copyOf(missed);
        }

        public double foundShare() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double mixedShare() {
            return labelled == 0 ? 0 : (double) mixed / labelled;
        }

        public double pairPrecision() {
            return foundPairs == 0 ? 0 : (double) correctPairs / foundPairs;
        }

        public double pairRecall() {
            return goldPairs == 0 ? 0 : (double) correctPairs / goldPairs;
        }

        public double pairF1() {
            double p = pairPrecision();
            double r = pairRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "found %d of %d (%.3f; lenient rule %d), mixed %d of %d (%.3f), pairs P=%.3f R=%.3f F1=%.3f"
                            + " (%d found, %d gold)",
                    found,
                    gold,
                    foundShare(),
                    loose,
                    mixed,
                    labelled,
                    mixedShare(),
                    pairPrecision(),
                    pairRecall(),
                    pairF1(),
                    foundPairs,
                    goldPairs);
        }
    }

    /** The gold claims as far as they lie in {@code articles} (spans of other articles dropped). */
    public static List<GoldClaim> within(List<GoldClaim> gold, Set<String> articles) {
        List<GoldClaim> out = new ArrayList<>();
        for (GoldClaim g : gold) {
            Map<String, List<Span>> spans = new HashMap<>(g.spans());
            spans.keySet().retainAll(articles);
            if (!spans.isEmpty()) {
                out.add(new GoldClaim(g.id(), g.text(), spans));
            }
        }
        return out;
    }

    /** Whether {@code a} lies on {@code b} (or b on a): overlap ≥ {@value #OVERLAP} of the shorter. */
    public static boolean liesOn(Span a, Span b) {
        int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        int shorter = Math.min(a.length(), b.length());
        return overlap > 0 && overlap >= OVERLAP * shorter;
    }

    /** Scores {@code groups} (each a found claim's statements) against {@code gold}. */
    public static Scores score(List<GoldClaim> gold, List<List<Statement>> groups) {
        // Gold spans are keyed "article@start:end"; a statement's keys are the gold spans it lies on.
        Map<String, Set<String>> claimsOfKey = new HashMap<>();
        Map<String, List<Span>> spansOf = new HashMap<>();
        for (GoldClaim g : gold) {
            g.spans().forEach((article, spans) -> {
                for (Span s : spans) {
                    String k = key(article, s);
                    if (!claimsOfKey.containsKey(k)) {
                        spansOf.computeIfAbsent(article, x -> new ArrayList<>()).add(s);
                    }
                    claimsOfKey.computeIfAbsent(k, x -> new HashSet<>()).add(g.id());
                }
            });
        }
        List<List<Set<String>>> keysOfGroups = new ArrayList<>();
        for (List<Statement> group : groups) {
            List<Set<String>> keys = new ArrayList<>();
            for (Statement s : group) {
                Set<String> k = new LinkedHashSet<>();
                for (Span g : spansOf.getOrDefault(s.article(), List.of())) {
                    if (liesOn(s.span(), g)) {
                        k.add(key(s.article(), g));
                    }
                }
                keys.add(k);
            }
            keysOfGroups.add(keys);
        }
        Candidates candidates = new Candidates(keysOfGroups);
        int[] claims = found(gold, groups, keysOfGroups, candidates);
        int[] purity = purity(groups, keysOfGroups, claimsOfKey);
        int[] pairs = pairs(groups, keysOfGroups, claimsOfKey);
        return new Scores(
                claims[0],
                claims[1],
                claims[2],
                purity[0],
                purity[1],
                pairs[0],
                pairs[1],
                pairs[2],
                missed(gold, groups, keysOfGroups, candidates));
    }

    /** The groups holding a statement on each gold span key, so a gold claim is compared with those only. */
    private static final class Candidates {

        private final Map<String, Set<Integer>> groupsOfKey = new HashMap<>();

        Candidates(List<List<Set<String>>> keysOfGroups) {
            for (int i = 0; i < keysOfGroups.size(); i++) {
                for (Set<String> keys : keysOfGroups.get(i)) {
                    for (String k : keys) {
                        groupsOfKey
                                .computeIfAbsent(k, x -> new java.util.TreeSet<>())
                                .add(i);
                    }
                }
            }
        }

        /** The groups with a statement on one of {@code g}'s spans, in group order. */
        Set<Integer> of(GoldClaim g) {
            Set<Integer> out = new java.util.TreeSet<>();
            g.spans()
                    .forEach((article, spans) ->
                            spans.forEach(s -> out.addAll(groupsOfKey.getOrDefault(key(article, s), Set.of()))));
            return out;
        }
    }

    /** {found, loose, gold}. */
    private static int[] found(
            List<GoldClaim> gold, List<List<Statement>> groups, List<List<Set<String>>> keys, Candidates candidates) {
        int found = 0;
        int loose = 0;
        int total = 0;
        for (GoldClaim g : gold) {
            if (g.spans().size() < 2) {
                continue;
            }
            total++;
            Set<Integer> near = candidates.of(g);
            found += best(g, groups, keys, near, true) >= 2.0 / 3 - 1e-9 ? 1 : 0;
            loose += best(g, groups, keys, near, false) >= 2.0 / 3 - 1e-9 ? 1 : 0;
        }
        return new int[] {found, loose, total};
    }

    private static List<String> missed(
            List<GoldClaim> gold, List<List<Statement>> groups, List<List<Set<String>>> keys, Candidates candidates) {
        List<String> out = new ArrayList<>();
        for (GoldClaim g : gold) {
            if (g.spans().size() < 2) {
                continue;
            }
            Set<Integer> near = candidates.of(g);
            double strict = best(g, groups, keys, near, true);
            if (strict < 2.0 / 3 - 1e-9) {
                out.add(String.format(
                        Locale.ROOT,
                        "claim %s missed (best Jaccard %.2f strict, %.2f lenient): %s",
                        g.id(),
                        strict,
                        best(g, groups, keys, near, false),
                        g.text()));
            }
        }
        return out;
    }

    /**
     * The best Jaccard of a group's article set with the gold claim's, over groups holding statements
     * on its spans in at least two articles ({@code strict}) or in at least one.
     */
    private static double best(
            GoldClaim g,
            List<List<Statement>> groups,
            List<List<Set<String>>> keys,
            Set<Integer> candidates,
            boolean strict) {
        Set<String> own = new HashSet<>();
        g.spans().forEach((article, spans) -> spans.forEach(s -> own.add(key(article, s))));
        double best = 0;
        // only groups with a statement on one of g's spans can qualify (onGold needs one)
        for (int i : candidates) {
            Set<String> onGold = new HashSet<>();
            Set<String> articles = new HashSet<>();
            for (int j = 0; j < groups.get(i).size(); j++) {
                Statement s = groups.get(i).get(j);
                articles.add(s.article());
                if (!Collections.disjoint(keys.get(i).get(j), own)) {
                    onGold.add(s.article());
                }
            }
            if (onGold.size() >= (strict ? 2 : 1)) {
                best = Math.max(best, jaccard(articles, g.spans().keySet()));
            }
        }
        return best;
    }

    /** {mixed, labelled}. */
    private static int[] purity(
            List<List<Statement>> groups, List<List<Set<String>>> keys, Map<String, Set<String>> claimsOfKey) {
        int mixed = 0;
        int labelled = 0;
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).stream().map(Statement::article).distinct().count() < 2) {
                continue;
            }
            List<Set<String>> labels = new ArrayList<>();
            for (Set<String> k : keys.get(i)) {
                Set<String> l = new HashSet<>();
                k.forEach(x -> l.addAll(claimsOfKey.get(x)));
                if (!l.isEmpty()) {
                    labels.add(l);
                }
            }
            if (labels.size() < 2) {
                continue;
            }
            labelled++;
            boolean disjoint = false;
            for (int a = 0; a < labels.size() && !disjoint; a++) {
                for (int b = a + 1; b < labels.size() && !disjoint; b++) {
                    disjoint = Collections.disjoint(labels.get(a), labels.get(b));
                }
            }
            mixed += disjoint ? 1 : 0;
        }
        return new int[] {mixed, labelled};
    }

    /** {found, correct, gold} cross-article span pairs. */
    private static int[] pairs(
            List<List<Statement>> groups, List<List<Set<String>>> keys, Map<String, Set<String>> claimsOfKey) {
        Set<String> found = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Statement> g = groups.get(i);
            for (int a = 0; a < g.size(); a++) {
                for (int b = a + 1; b < g.size(); b++) {
                    if (g.get(a).article().equals(g.get(b).article())) {
                        continue;
                    }
                    for (String x : keys.get(i).get(a)) {
                        for (String y : keys.get(i).get(b)) {
                            found.add(pair(x, y));
                        }
                    }
                }
            }
        }
        Map<String, List<String>> keysOfClaim = new HashMap<>();
        claimsOfKey.forEach((k, cs) -> cs.forEach(
                c -> keysOfClaim.computeIfAbsent(c, x -> new ArrayList<>()).add(k)));
        Set<String> gold = new HashSet<>();
        for (List<String> ks : keysOfClaim.values()) {
            for (int a = 0; a < ks.size(); a++) {
                for (int b = a + 1; b < ks.size(); b++) {
                    if (!article(ks.get(a)).equals(article(ks.get(b)))) {
                        gold.add(pair(ks.get(a), ks.get(b)));
                    }
                }
            }
        }
        int correct = 0;
        for (String p : found) {
            correct += gold.contains(p) ? 1 : 0;
        }
        return new int[] {found.size(), correct, gold.size()};
    }

    private static String key(String article, Span s) {
        return article + "@" + s.start() + ":" + s.end();
    }

    private static String article(String key) {
        return key.substring(0, key.lastIndexOf('@'));
    }

    private static String pair(String x, String y) {
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return union.isEmpty() ? 0 : (double) inter.size() / union.size();
    }
}

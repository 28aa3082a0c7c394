package io.storyline.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bounded re-clustering that follows the placement of an article when the pair model decides
 * and {@link AssemblyOptions#recluster} is above 0: the article's story and the other candidates it
 * would have joined (at most {@link #MAX_TOUCHED} stories and {@code recluster} articles, all with
 * their features kept) are grouped again in a canonical order (date, undated last, then a hash of
 * the id) rather than the order they arrived in, so a story can split, merge or trade articles when
 * the evidence now says so. Costs at most {@code recluster} articles times the groups formed. Not
 * thread-safe; works on its assembler's {@link StoryTable}.
 */
final class Recluster {

    /** At most how many stories one re-clustering regroups (the article's and three it would also join). */
    private static final int MAX_TOUCHED = 4;

    /** The canonical order of re-clustering: date, undated last, then a hash of the id, then the id. */
    private static final Comparator<ArticleFeatures> CANONICAL = Comparator.comparing(
                    (ArticleFeatures a) -> a.published() == null ? LocalDate.MAX : a.published())
            .thenComparingLong(a -> mix(a.id().hashCode()))
            .thenComparing(ArticleFeatures::id);

    private final AssemblyOptions options;
    private final StoryTable table;
    private final IdfTable idf;
    private final PairScorer scorer;

    Recluster(AssemblyOptions options, StoryTable table, IdfTable idf, PairScorer scorer) {
        this.options = options;
        this.table = table;
        this.idf = idf;
        this.scorer = scorer;
    }

    /**
     * Regroups the stories an article placed in {@code home} touched ({@link #touched}) with model
     * {@code m}; stories that no longer exist are added to {@code retired}, articles whose story
     * changed to {@code moved}.
     */
    void after(
            StoryProfile home,
            Map<StoryProfile, Double> scored,
            StoryPairModel m,
            List<String> retired,
            Map<String, String> moved) {
        regroup(touched(home, scored, m), m, retired, moved);
    }

    /**
     * The stories the bounded re-clustering regroups after an article was placed in {@code home}:
     * {@code home}, then the other candidate stories the article would have joined (most probable
     * first), while they hold at most {@link AssemblyOptions#recluster} articles in all, every one of
     * them still kept.
     */
    private List<StoryProfile> touched(StoryProfile home, Map<StoryProfile, Double> scored, StoryPairModel m) {
        List<StoryProfile> out = new ArrayList<>();
        if (home.articles.size() > options.recluster() || !table.keptAll(home)) {
            return out;
        }
        out.add(home);
        int size = home.articles.size();
        List<Map.Entry<StoryProfile, Double>> others = new ArrayList<>(scored.entrySet());
        others.sort(Map.Entry.<StoryProfile, Double>comparingByValue().reversed());
        for (Map.Entry<StoryProfile, Double> e : others) {
            StoryProfile p = e.getKey();
            if (e.getValue() < m.join() || out.size() >= MAX_TOUCHED) {
                break;
            }
            if (p != home && table.holds(p) && size + p.articles.size() <= options.recluster() && table.keptAll(p)) {
                out.add(p);
                size += p.articles.size();
            }
        }
        return out;
    }

    /**
     * Groups the articles of {@code touched} again, in the canonical order and with today's idf, by the
     * same decision as {@link StoryAssembler#add} (join the most probable story from {@code join}, merge
     * the others from {@code merge}), and replaces those stories by the result when it differs. The
     * result depends on which articles the stories hold, not on the order they came in.
     */
    private void regroup(
            List<StoryProfile> touched, StoryPairModel m, List<String> retired, Map<String, String> moved) {
        int size = 0;
        for (StoryProfile p : touched) {
            size += p.articles.size();
        }
        if (size < 2) {
            return;
        }
        List<ArticleFeatures> members = new ArrayList<>(size);
        for (StoryProfile p : touched) {
            for (String a : p.articles) {
                ArticleFeatures k = table.kept(a);
                if (k == null) {
                    return; // touched() regroups only stories whose articles are all kept
                }
                members.add(k);
            }
        }
        members.sort(CANONICAL);
        List<StoryProfile> groups = new ArrayList<>();
        for (ArticleFeatures a : members) {
            place(a, groups, m);
        }
        if (samePartition(touched, groups)) {
            return;
        }
        replace(touched, groups, retired, moved);
    }

    /** Places {@code a} among {@code groups} as {@link StoryAssembler#add} would among candidates. */
    private void place(ArticleFeatures a, List<StoryProfile> groups, StoryPairModel m) {
        ArticleVectors v = new ArticleVectors(a, idf, options.nameClashMentions());
        StoryProfile best = null;
        double bestScore = 0;
        double[] scores = new double[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            scores[i] = m.probability(scorer.features(v, groups.get(i)));
            if (scores[i] > bestScore) {
                bestScore = scores[i];
                best = groups.get(i);
            }
        }
        if (best == null || bestScore < m.join()) {
            StoryProfile p = new StoryProfile("");
            p.add(a);
            groups.add(p);
            return;
        }
        best.add(a);
        if (m.merge() < 1) {
            List<StoryProfile> absorbed = new ArrayList<>();
            for (int i = 0; i < scores.length; i++) {
                if (groups.get(i) != best && scores[i] >= m.merge()) {
                    absorbed.add(groups.get(i));
                }
            }
            for (StoryProfile o : absorbed) {
                best.absorb(o);
                groups.remove(o);
            }
        }
    }

    private static boolean samePartition(List<StoryProfile> old, List<StoryProfile> groups) {
        if (old.size() != groups.size()) {
            return false;
        }
        Set<Set<String>> a = new HashSet<>();
        old.forEach(p -> a.add(Set.copyOf(p.articles)));
        for (StoryProfile g : groups) {
            if (!a.contains(Set.copyOf(g.articles))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Puts {@code groups} in the place of the stories {@code old}: a group keeps the id of the old story
     * it shares most articles with, the others get new ids, and old ids left over are retired (added to
     * {@code retired}); every article whose story changed is put in {@code moved}.
     */
    private void replace(
            List<StoryProfile> old, List<StoryProfile> groups, List<String> retired, Map<String, String> moved) {
        String[] ids = ids(old, groups);
        Set<String> used = new HashSet<>();
        for (String id : ids) {
            if (id != null) {
                used.add(id);
            }
        }
        for (StoryProfile p : old) {
            table.withdraw(p, used.contains(p.id));
            if (!used.contains(p.id)) {
                retired.add(p.id);
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            String id = ids[g] != null ? ids[g] : table.nextId();
            StoryProfile p = new StoryProfile(id);
            p.absorb(groups.get(g));
            table.install(p, moved);
        }
    }

    /**
     * The old id each group keeps (null: a new one): the pairs (group, old story) sharing the most
     * articles first, then the oldest story, then the first group; each old id goes to one group.
     */
    private static String[] ids(List<StoryProfile> old, List<StoryProfile> groups) {
        Map<String, String> was = new HashMap<>();
        for (StoryProfile p : old) {
            p.articles.forEach(a -> was.put(a, p.id));
        }
        List<int[]> overlaps = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int o = 0; o < old.size(); o++) {
                int common = 0;
                for (String a : groups.get(g).articles) {
                    common += old.get(o).id.equals(was.get(a)) ? 1 : 0;
                }
                if (common > 0) {
                    overlaps.add(new int[] {common, g, o});
                }
            }
        }
        overlaps.sort(Comparator.<int[]>comparingInt(x -> -x[0])
                .thenComparingInt(x -> StoryTable.number(old.get(x[2]).id))
                .thenComparingInt(x -> x[1]));
        String[] ids = new String[groups.size()];
        Set<String> used = new HashSet<>();
        for (int[] x : overlaps) {
            String id = old.get(x[2]).id;
            if (ids[x[1]] == null && !used.contains(id)) {
                ids[x[1]] = id;
                used.add(id);
            }
        }
        return ids;
    }

    /** A 64-bit finaliser (MurmurHash3's) so that ids alike in spelling do not sort alike. */
    private static long mix(long h) {
        long x = h;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }
}

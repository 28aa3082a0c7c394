package io.storyline.cluster;

import io.storyline.dedup.Fingerprint;
import io.storyline.embed.Embedding;
import io.storyline.names.NameType;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Groups articles into stories, one article at a time.
 *
 * <p>A new article queries an inverted index (term or name → the most recent stories holding it)
 * with its strongest terms and names, scores at most {@code maxCandidates} stories on content words
 * (tf-idf cosine against the story centroid), the words of its names (idf-weighted cosine), its lead
 * embedding (cosine against the story's centroid) and time (publication dates; for an undated
 * article, the years it mentions), lowers the score when the article's main name and the story's
 * differ, and joins the best story above the threshold or founds a new one. A fingerprint band index finds near-duplicates
 * first: an article that nearly duplicates an earlier one joins its story. The cost of one article
 * is bounded by the query size, never by the number of stories.
 *
 * <p>With the pair model and {@link AssemblyOptions#recluster} above 0, placing an article is followed
 * by a bounded re-clustering of the stories it touched: its story and the other candidates it would
 * have joined (at most four stories and {@code recluster} articles, all among the 8,192 latest
 * placed, whose features are kept for this) are grouped again in a canonical order (date, then a hash
 * of the id) rather than the order they arrived in, so a story can split, merge or trade articles when
 * the evidence now says so; {@link Assignment#moved} and {@link Assignment#absorbed} say what changed.
 *
 * <p>Not thread-safe: one writer adds articles (analysis, the expensive part, runs in parallel
 * before). Story ids are {@code s1, s2, …} in founding order, so the same input in the same order
 * gives the same stories.
 */
public final class StoryAssembler {

    private static final int BAND_ROWS = 4;
    private static final String NUMBER = "d:";

    private final AssemblyOptions options;
    private final @Nullable StoryPairModel model;
    private final Map<String, StoryProfile> stories = new LinkedHashMap<>();
    private final Map<String, String> storyOf = new HashMap<>();
    private final Map<String, Deque<String>> postings = new HashMap<>();
    private final Map<String, Integer> df = new HashMap<>();
    private final Map<Long, List<String>> bands = new HashMap<>();
    private final Map<String, Fingerprint> fingerprints = new HashMap<>();

    /**
     * The features of the latest placed articles, at most {@link #KEPT}: only a story whose articles are
     * all kept is re-clustered (bounds the memory re-clustering needs).
     */
    private final LinkedHashMap<String, ArticleFeatures> kept = new LinkedHashMap<>();

    private static final int KEPT = 8_192;
    private final @Nullable Frequencies fixed;
    private int documents;
    private int nextStory = 1;

    /** An assembler with the hand-weighted score of {@link AssemblyOptions}. */
    public StoryAssembler(AssemblyOptions options) {
        this(options, null);
    }

    /**
     * An assembler whose join decision is {@code model} (when not null): an article joins its most
     * probable candidate story when the probability reaches {@link StoryPairModel#join()}.
     */
    public StoryAssembler(AssemblyOptions options, @Nullable StoryPairModel model) {
        this(options, model, null);
    }

    /**
     * An assembler whose idf comes from {@code fixed} (when not null) instead of from the articles it
     * has been given so far: a batch job that knows the whole collection places the articles of one
     * group of candidates with the collection's idf. Otherwise as {@link #StoryAssembler(AssemblyOptions,
     * StoryPairModel)}.
     */
    public StoryAssembler(AssemblyOptions options, @Nullable StoryPairModel model, @Nullable Frequencies fixed) {
        this.options = options;
        this.model = model;
        this.fixed = fixed;
    }

    /**
     * Document frequencies of a whole collection: {@code documents} articles, and for each key of
     * {@link #idfKeys} how many of them hold it (a key missing from {@code df} counts as held by none).
     */
    public record Frequencies(long documents, Map<String, Integer> df) {

        public Frequencies {
            if (documents < 0) {
                throw new IllegalArgumentException("documents must be >= 0, got " + documents);
            }
            df = Map.copyOf(df);
        }
    }

    /**
     * The keys whose document frequency story assembly counts for {@code f}: its term keys, its names
     * as {@code n:name}, the words of its names as {@code w:word} and its numbers as {@code d:number}.
     */
    public static Set<String> idfKeys(ArticleFeatures f) {
        Set<String> keys = new TreeSet<>(f.terms().keySet());
        for (String n : f.names().keySet()) {
            keys.add("n:" + n);
        }
        keys.addAll(nameWords(f));
        for (String n : f.cues().numbers()) {
            keys.add(NUMBER + n);
        }
        return keys;
    }

    /**
     * One candidate story an article met while being placed by {@link #observe}, with the features
     * of the pair and whether it is the story the article was placed in.
     */
    public record Example(String story, List<Double> features, boolean joined) {

        public Example {
            features = List.copyOf(features);
        }

        /** The features as an array, in {@link StoryPairModel#FEATURES} order. */
        public double[] vector() {
            return features.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /**
     * Places {@code f} in {@code story} (founding it when new) as {@link #restore} does, and returns
     * the features of {@code f} against every candidate story the index offered, plus {@code story}
     * itself when the index missed it: the pairs a pair model is trained on.
     */
    public List<Example> observe(ArticleFeatures f, String story) {
        List<Example> out = new ArrayList<>();
        if (storyOf.containsKey(f.id())) {
            return out;
        }
        count(f);
        Map<String, Double> vector = tfidf(f.terms());
        boolean met = false;
        for (StoryProfile p : candidates(f, vector)) {
            out.add(new Example(p.id, boxed(features(f, vector, p)), p.id.equals(story)));
            met |= p.id.equals(story);
        }
        StoryProfile gold = stories.get(story);
        if (!met && gold != null) {
            out.add(new Example(story, boxed(features(f, vector, gold)), true));
        }
        StoryProfile p = stories.computeIfAbsent(story, StoryProfile::new);
        attach(p, f);
        return out;
    }

    /** Number of articles added or restored so far. */
    public int size() {
        return storyOf.size();
    }

    public Optional<String> storyOf(String articleId) {
        return Optional.ofNullable(storyOf.get(articleId));
    }

    /** Story id → article ids, in founding order. */
    public Map<String, List<String>> stories() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        stories.forEach((id, p) -> out.put(id, List.copyOf(p.articles)));
        return out;
    }

    /** Puts an article back into the story it was assigned before (when reopening a store). */
    public void restore(ArticleFeatures f, String storyId) {
        if (storyOf.containsKey(f.id())) {
            return;
        }
        count(f);
        StoryProfile p = stories.computeIfAbsent(storyId, StoryProfile::new);
        bumpNextStory(storyId);
        attach(p, f);
    }

    /**
     * Keeps {@code storyId} from being founded again (a story a merge retired, when reopening a store),
     * so that story ids go on as they would have without the reopening.
     */
    public void reserve(String storyId) {
        bumpNextStory(storyId);
    }

    private void bumpNextStory(String storyId) {
        if (storyId.startsWith("s")) {
            try {
                nextStory = Math.max(nextStory, Integer.parseInt(storyId.substring(1)) + 1);
            } catch (NumberFormatException e) {
                // a story id of another shape takes no number
            }
        }
    }

    /**
     * How a candidate story scored for an article.
     *
     * @param story the story id
     * @param features the pair features, in {@link StoryPairModel#FEATURES} order
     * @param score the join probability of the pair model, or the hand-weighted score without one
     */
    public record Candidate(String story, List<Double> features, double score) {

        public Candidate {
            features = List.copyOf(features);
        }
    }

    /**
     * What {@link #add} would weigh for {@code f} now: the candidate stories the index offers, best
     * first, without placing the article. Counts the article into the idf as {@code add} does, so call
     * it only on an assembler that is discarded or restored afterwards.
     */
    public List<Candidate> explain(ArticleFeatures f) {
        StoryPairModel m = modelFor(f);
        count(f);
        Map<String, Double> vector = tfidf(f.terms());
        List<Candidate> out = new ArrayList<>();
        for (StoryProfile p : candidates(f, vector)) {
            double[] x = features(f, vector, p);
            out.add(new Candidate(p.id, boxed(x), m != null ? m.probability(x) : score(f, vector, p)));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    /**
     * How {@code f} scores against the one story {@code story} now, as {@link #add} would score it had
     * the index offered that story; the article is not placed. Empty when there is no such story.
     * Counts the article into the idf as {@code add} does (nothing with fixed frequencies).
     */
    public Optional<Candidate> score(ArticleFeatures f, String story) {
        StoryProfile p = stories.get(story);
        if (p == null) {
            return Optional.empty();
        }
        StoryPairModel m = modelFor(f);
        count(f);
        Map<String, Double> vector = tfidf(f.terms());
        double[] x = features(f, vector, p);
        return Optional.of(new Candidate(story, boxed(x), m != null ? m.probability(x) : score(f, vector, p)));
    }

    /**
     * The score {@code f} needs to join a story: the model's join probability, or the options'
     * threshold when the hand-weighted score decides for it.
     */
    public double threshold(ArticleFeatures f) {
        StoryPairModel m = modelFor(f);
        return m != null ? m.join() : options.joinThreshold();
    }

    /**
     * The pair model when it decides for {@code f}: there is one and the article has an embedding (the
     * model is trained on embedded articles; with --no-embeddings the hand-weighted score decides).
     */
    private @Nullable StoryPairModel modelFor(ArticleFeatures f) {
        return f.embedding() != null ? model : null;
    }

    /** The pair model of this assembler, if it has one. */
    public Optional<StoryPairModel> model() {
        return Optional.ofNullable(model);
    }

    /** Assigns a new article to a story; an article already assigned keeps its story. */
    public Assignment add(ArticleFeatures f) {
        String known = storyOf.get(f.id());
        if (known != null) {
            return new Assignment(f.id(), known, false, null, 1.0, List.of(), Map.of());
        }
        count(f);
        String dup = nearDuplicate(f);
        if (dup != null) {
            String dupStory = storyOf.get(dup);
            StoryProfile p = dupStory == null ? null : stories.get(dupStory);
            if (p != null) {
                attach(p, f);
                return new Assignment(f.id(), p.id, false, dup, 1.0, List.of(), Map.of());
            }
        }
        int firstNew = nextStory;
        Map<String, Double> vector = tfidf(f.terms());
        StoryPairModel m = modelFor(f);
        StoryProfile best = null;
        double bestScore = 0;
        Map<StoryProfile, Double> scored = new LinkedHashMap<>();
        for (StoryProfile p : candidates(f, vector)) {
            double s = m != null ? m.probability(features(f, vector, p)) : score(f, vector, p);
            scored.put(p, s);
            if (s > bestScore) {
                bestScore = s;
                best = p;
            }
        }
        double threshold = m != null ? m.join() : options.joinThreshold();
        List<String> absorbed = new ArrayList<>();
        Map<String, String> moved = new LinkedHashMap<>();
        StoryProfile home;
        if (best != null && bestScore >= threshold) {
            attach(best, f);
            home = best;
            for (Map.Entry<StoryProfile, Double> e : scored.entrySet()) {
                if (m != null && m.merge() < 1 && e.getKey() != best && e.getValue() >= m.merge()) {
                    StoryProfile other = e.getKey();
                    StoryProfile big = other.articles.size() > home.articles.size() ? other : home;
                    StoryProfile small = big == other ? home : other;
                    small.articles.forEach(a -> moved.put(a, big.id));
                    merge(small, big);
                    absorbed.add(small.id);
                    home = big;
                }
            }
        } else {
            home = new StoryProfile("s" + nextStory++);
            stories.put(home.id, home);
            attach(home, f);
            bestScore = 0;
        }
        if (m != null && options.recluster() > 0) {
            regroup(touched(home, scored, m), m, absorbed, moved);
        }
        moved.remove(f.id());
        moved.replaceAll((a, was) -> storyOf.getOrDefault(a, was));
        String story = storyOf.getOrDefault(f.id(), home.id);
        return new Assignment(f.id(), story, number(story) >= firstNew, null, bestScore, absorbed, moved);
    }

    /**
     * The stories the bounded re-clustering regroups after an article was placed in {@code home}:
     * {@code home}, then the other candidate stories the article would have joined (most probable
     * first), while they hold at most {@link AssemblyOptions#recluster} articles in all, every one of
     * them still kept.
     */
    private List<StoryProfile> touched(StoryProfile home, Map<StoryProfile, Double> scored, StoryPairModel m) {
        List<StoryProfile> out = new ArrayList<>();
        if (home.articles.size() > options.recluster() || !keptAll(home)) {
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
            if (p != home && stories.get(p.id) == p && size + p.articles.size() <= options.recluster() && keptAll(p)) {
                out.add(p);
                size += p.articles.size();
            }
        }
        return out;
    }

    /** At most how many stories one re-clustering regroups (the article's and three it would also join). */
    private static final int MAX_TOUCHED = 4;

    private boolean keptAll(StoryProfile p) {
        for (String a : p.articles) {
            if (!kept.containsKey(a)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Groups the articles of {@code touched} again, in a canonical order (date, undated last, then a hash
     * of the id) and with today's idf, by the same decision as {@link #add} (join the most probable
     * story from {@code join}, merge the others from {@code merge}), and replaces those stories by the
     * result when it differs: a group keeps the id of the old story it shares most articles with, the
     * others get new ids, and old ids left over are retired (added to {@code retired}); every article
     * whose story changed is put in {@code moved}. The result depends on which articles the stories hold,
     * not on the order they came in. Costs at most {@code recluster} articles times the groups formed.
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
                ArticleFeatures k = kept.get(a);
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

    /** Places {@code a} among {@code groups} as {@link #add} would among candidates. */
    private void place(ArticleFeatures a, List<StoryProfile> groups, StoryPairModel m) {
        Map<String, Double> vector = tfidf(a.terms());
        StoryProfile best = null;
        double bestScore = 0;
        double[] scores = new double[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            scores[i] = m.probability(features(a, vector, groups.get(i)));
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
        Set<Set<String>> a = new java.util.HashSet<>();
        old.forEach(p -> a.add(Set.copyOf(p.articles)));
        for (StoryProfile g : groups) {
            if (!a.contains(Set.copyOf(g.articles))) {
                return false;
            }
        }
        return true;
    }

    /** Puts {@code groups} in the place of the stories {@code old}; see {@link #regroup}. */
    private void replace(
            List<StoryProfile> old, List<StoryProfile> groups, List<String> retired, Map<String, String> moved) {
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
                .thenComparingInt(x -> number(old.get(x[2]).id))
                .thenComparingInt(x -> x[1]));
        String[] ids = new String[groups.size()];
        Set<String> used = new java.util.HashSet<>();
        for (int[] x : overlaps) {
            String id = old.get(x[2]).id;
            if (ids[x[1]] == null && !used.contains(id)) {
                ids[x[1]] = id;
                used.add(id);
            }
        }
        for (StoryProfile p : old) {
            unpostAll(p);
            if (!used.contains(p.id)) {
                stories.remove(p.id);
                retired.add(p.id);
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            String id = ids[g] != null ? ids[g] : "s" + nextStory++;
            StoryProfile p = new StoryProfile(id);
            p.absorb(groups.get(g));
            stories.put(id, p);
            for (String a : p.articles) {
                if (!id.equals(storyOf.put(a, id))) {
                    moved.put(a, id);
                }
            }
            p.terms.keySet().forEach(t -> post(t, id));
            p.names.keySet().forEach(n -> post("n:" + n, id));
        }
    }

    private void unpostAll(StoryProfile p) {
        for (String t : p.terms.keySet()) {
            unpost(t, p.id);
        }
        for (String n : p.names.keySet()) {
            unpost("n:" + n, p.id);
        }
    }

    /** The number of a story id {@code sN}, or {@link Integer#MAX_VALUE} for an id of another shape. */
    private static int number(String storyId) {
        if (storyId.startsWith("s")) {
            try {
                return Integer.parseInt(storyId.substring(1));
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The canonical order of re-clustering: date, undated last, then a hash of the id, then the id. */
    private static final Comparator<ArticleFeatures> CANONICAL = Comparator.comparing(
                    (ArticleFeatures a) -> a.published() == null ? LocalDate.MAX : a.published())
            .thenComparingLong(a -> mix(a.id().hashCode()))
            .thenComparing(ArticleFeatures::id);

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

    /**
     * Moves every article of {@code from} into {@code to}: an article that would join both says they
     * are one story, whichever order their articles came in. Costs the size of {@code from}'s profile.
     */
    private void merge(StoryProfile from, StoryProfile to) {
        to.absorb(from);
        stories.remove(from.id);
        for (String a : from.articles) {
            storyOf.put(a, to.id);
        }
        for (String t : from.terms.keySet()) {
            unpost(t, from.id);
            post(t, to.id);
        }
        for (String n : from.names.keySet()) {
            unpost("n:" + n, from.id);
            post("n:" + n, to.id);
        }
    }

    /** Keeps {@code f} for re-clustering, forgetting the longest-kept article beyond {@link #KEPT}. */
    private void keep(ArticleFeatures f) {
        kept.remove(f.id());
        kept.put(f.id(), f);
        if (kept.size() > KEPT) {
            Iterator<String> it = kept.keySet().iterator();
            it.next();
            it.remove();
        }
    }

    private void unpost(String key, String story) {
        Deque<String> d = postings.get(key);
        if (d != null) {
            d.remove(story);
        }
    }

    private void count(ArticleFeatures f) {
        if (fixed != null) {
            return;
        }
        documents++;
        for (String k : idfKeys(f)) {
            df.merge(k, 1, Integer::sum);
        }
    }

    /** The features of {@code f} against story {@code p}, in {@link StoryPairModel#FEATURES} order. */
    double[] features(ArticleFeatures f, Map<String, Double> vector, StoryProfile p) {
        double[] x = new double[StoryPairModel.FEATURES.size()];
        x[0] = cosine(vector, p.terms);
        x[1] = nameWordCosine(f, p);
        Embedding e = f.embedding();
        float[] centroid = p.embeddingSum;
        boolean embedded = e != null && centroid != null;
        x[2] = e != null && centroid != null ? cosine(e.copyOf(), centroid) : 0;
        x[3] = embedded ? 0 : 1;
        ArticleFeatures.Cues c = f.cues();
        boolean titled = !c.title().isEmpty() && p.titled > 0;
        x[4] = titled ? carried(c.title(), p.title, p.titled) : 0;
        x[5] = titled ? 0 : 1;
        x[6] = carried(c.lead(), p.lead, p.articles.size());
        int sharedDates = 0;
        for (String d : c.dates()) {
            sharedDates += p.dates.containsKey(d) ? 1 : 0;
        }
        x[7] = c.dates().isEmpty() ? 0 : sharedDates / (double) c.dates().size();
        x[8] = !c.dates().isEmpty() && !p.dates.isEmpty() && sharedDates == 0 ? 1 : 0;
        x[9] = idfShare(c.numbers(), NUMBER, p.numbers);
        Set<String> places = new TreeSet<>();
        Set<String> people = new TreeSet<>();
        f.nameTypes().forEach((n, t) -> {
            if (t == NameType.PLACE) {
                places.add(n);
            } else if (t == NameType.PERSON) {
                people.add(n);
            }
        });
        x[10] = idfShare(places, "n:", p.places);
        x[11] = !places.isEmpty() && !p.places.isEmpty() && x[10] == 0 ? 1 : 0;
        x[12] = idfShare(people, "n:", p.people);
        x[13] = mainNamesDiffer(f, p) ? 1 : 0;
        long gap = p.dayGap(f.published());
        x[14] = gap < 0 ? 0 : Math.log1p((double) gap);
        x[15] = gap < 0 ? 1 : 0;
        x[16] = yearsShared(f, p) ? 1 : 0;
        x[17] = yearsClash(f, p) ? 1 : 0;
        x[18] = Math.log1p(p.articles.size());
        double best = 0;
        if (e != null) {
            float[] v = e.copyOf();
            for (float[] m : p.recentEmbeddings) {
                best = Math.max(best, cosine(v, m));
            }
        }
        x[19] = best;
        double jaccard = 0;
        for (Set<String> lead : p.recentLeads) {
            jaccard = Math.max(jaccard, jaccard(c.lead(), lead));
        }
        x[20] = jaccard;
        return x;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            common += b.contains(w) ? 1 : 0;
        }
        return common / (double) (a.size() + b.size() - common);
    }

    private static List<Double> boxed(double[] x) {
        List<Double> out = new ArrayList<>(x.length);
        for (double v : x) {
            out.add(v);
        }
        return out;
    }

    /** The mean, over {@code words}, of the share of the story's {@code n} articles that carry each. */
    private static double carried(Set<String> words, Map<String, Integer> story, int n) {
        if (words.isEmpty() || n == 0) {
            return 0;
        }
        double s = 0;
        for (String w : words) {
            s += story.getOrDefault(w, 0) / (double) n;
        }
        return s / words.size();
    }

    /** The idf-weighted share of {@code keys} (looked up with {@code prefix} in df) that the story holds. */
    private double idfShare(Set<String> keys, String prefix, Map<String, Integer> story) {
        double all = 0;
        double shared = 0;
        for (String k : keys) {
            double w = idf(prefix + k);
            all += w;
            shared += story.containsKey(k) ? w : 0;
        }
        return all == 0 ? 0 : shared / all;
    }

    /** The words of the article's names longer than two letters, as keys {@code w:word}. */
    static Set<String> nameWords(ArticleFeatures f) {
        Set<String> out = new TreeSet<>();
        for (String n : f.names().keySet()) {
            for (String w : n.split(" ")) {
                if (w.length() > 2) {
                    out.add("w:" + w);
                }
            }
        }
        return out;
    }

    private void attach(StoryProfile p, ArticleFeatures f) {
        p.add(f);
        storyOf.put(f.id(), p.id);
        keep(f);
        for (String t : f.terms().keySet()) {
            post(t, p.id);
        }
        for (String n : f.names().keySet()) {
            post("n:" + n, p.id);
        }
        Fingerprint fp = f.fingerprint();
        if (fp != null && !fp.isEmpty()) {
            fingerprints.put(f.id(), fp);
            for (long b : fp.bands(BAND_ROWS)) {
                bands.computeIfAbsent(b, k -> new ArrayList<>(2)).add(f.id());
            }
        }
    }

    /**
     * Moves {@code story} to the front of the key's posting list. Lists are cut at {@code
     * maxPostings}: retrieval never reads further, and the cut keeps both this update and the
     * list's memory bounded however many stories share a common word (an uncut list made the cost
     * of one article grow from 0.7 ms at 2,000 articles to 2.6 ms at 100,000).
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

    private @Nullable String nearDuplicate(ArticleFeatures f) {
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

    double idf(String key) {
        Frequencies f = fixed;
        long n = f != null ? f.documents() : documents;
        int d = f != null ? f.df().getOrDefault(key, 0) : df.getOrDefault(key, 0);
        return Math.log((n + options.idfPrior() + 1.0) / (d + 1.0)) + 1.0;
    }

    private Map<String, Double> tfidf(Map<String, Integer> terms) {
        Map<String, Double> v = new HashMap<>();
        for (Map.Entry<String, Integer> e : terms.entrySet()) {
            if (ArticleFeatures.isYear(e.getKey())) {
                continue;
            }
            v.put(e.getKey(), (1 + Math.log(e.getValue())) * idf(e.getKey()));
        }
        return v;
    }

    private Collection<StoryProfile> candidates(ArticleFeatures f, Map<String, Double> vector) {
        Map<String, Double> query = new HashMap<>(vector);
        for (String n : f.names().keySet()) {
            query.put("n:" + n, 2 * idf("n:" + n));
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
                .map(e -> stories.get(e.getKey()))
                .toList();
    }

    double score(ArticleFeatures f, Map<String, Double> vector, StoryProfile p) {
        double s = options.termWeight() * cosine(vector, p.terms) + options.nameWeight() * nameWordCosine(f, p);
        double w = options.termWeight() + options.nameWeight();
        Embedding e = f.embedding();
        if (e != null && p.embeddingSum != null && options.embeddingWeight() > 0) {
            s += options.embeddingWeight() * cosine(e.copyOf(), p.embeddingSum);
            w += options.embeddingWeight();
        }
        boolean undated = f.published() == null;
        if (undated && options.yearWeight() > 0) {
            s += options.yearWeight() * (yearsShared(f, p) ? 1 : 0);
            w += options.yearWeight();
        }
        s /= w;
        if (undated && yearsClash(f, p)) {
            s *= options.yearClash();
        }
        if (mainNamesClash(f, p)) {
            s *= options.nameClash();
        }
        long gap = p.dayGap(f.published());
        if (gap > options.maxDayGap()) {
            s *= Math.max(0.3, 1.0 - (gap - options.maxDayGap()) / 60.0);
        }
        return s;
    }

    private static boolean yearsShared(ArticleFeatures f, StoryProfile p) {
        for (String k : f.terms().keySet()) {
            if (ArticleFeatures.isYear(k) && p.years.containsKey(k)) {
                return true;
            }
        }
        return false;
    }

    /** The article mentions years, the story mentions years, and they have none in common. */
    private static boolean yearsClash(ArticleFeatures f, StoryProfile p) {
        if (p.years.isEmpty()) {
            return false;
        }
        boolean any = false;
        for (String k : f.terms().keySet()) {
            if (ArticleFeatures.isYear(k)) {
                if (p.years.containsKey(k)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * The article's main name (its most mentioned, at least {@code nameClashMentions} times) is one
     * that fewer than half the story's articles carry, and the story's main name (carried by at least
     * half its articles) is mentioned less than twice in the article. Names compare by last word.
     */
    private boolean mainNamesClash(ArticleFeatures f, StoryProfile p) {
        return options.nameClash() < 1 && mainNamesDiffer(f, p);
    }

    /** The main-name test of {@link #mainNamesClash}, whatever {@code nameClash} is set to. */
    private boolean mainNamesDiffer(ArticleFeatures f, StoryProfile p) {
        String mine = mostFrequent(f.names(), options.nameClashMentions());
        String theirs = mostFrequent(p.names, 1);
        if (mine == null || theirs == null || 2 * p.names.getOrDefault(theirs, 0) < p.articles.size()) {
            return false;
        }
        String a = lastWord(mine);
        String b = lastWord(theirs);
        if (a.equals(b)) {
            return false;
        }
        int mentions = 0;
        for (Map.Entry<String, Integer> e : f.names().entrySet()) {
            if (lastWord(e.getKey()).equals(b)) {
                mentions += e.getValue();
            }
        }
        int carriers = 0;
        for (Map.Entry<String, Integer> e : p.names.entrySet()) {
            if (lastWord(e.getKey()).equals(a)) {
                carriers = Math.max(carriers, e.getValue());
            }
        }
        return mentions < 2 && 2 * carriers < p.articles.size();
    }

    /** The key with the highest count (at least {@code min}), ties to the alphabetically first. */
    private static @Nullable String mostFrequent(Map<String, Integer> counts, int min) {
        String best = null;
        int most = min - 1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int c = e.getValue();
            if (c > most || (c == most && best != null && e.getKey().compareTo(best) < 0)) {
                most = c;
                best = e.getKey();
            }
        }
        return best;
    }

    private static String lastWord(String name) {
        int i = name.lastIndexOf(' ');
        return i < 0 ? name : name.substring(i + 1);
    }

    private double nameWordCosine(ArticleFeatures f, StoryProfile p) {
        Map<String, Double> v = new HashMap<>();
        for (String w : nameWords(f)) {
            v.put(w, idf(w));
        }
        return cosine(v, p.nameWords);
    }

    /** Cosine of an idf-weighted vector with a story's summed vector, weighted by today's idf. */
    private double cosine(Map<String, Double> v, Map<String, Double> story) {
        double dot = 0;
        double nv = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            nv += e.getValue() * e.getValue();
            Double w = story.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w * idf(e.getKey());
            }
        }
        double np = 0;
        for (Map.Entry<String, Double> e : story.entrySet()) {
            double x = e.getValue() * idf(e.getKey());
            np += x * x;
        }
        return nv == 0 || np == 0 ? 0 : dot / Math.sqrt(nv * np);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}

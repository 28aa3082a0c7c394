package io.storyline.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Groups articles into stories, one article at a time.
 *
 * <p>A new article first looks for a near-duplicate ({@link StoryIndex}'s fingerprint bands): an
 * article that nearly duplicates an earlier one joins its story. Otherwise it queries the inverted
 * index (term or name → the most recent stories holding it) with its strongest terms and names, and
 * {@link PairScorer} scores at most {@code maxCandidates} stories: with the learned {@link
 * StoryPairModel} (the join probability of the pair features) or, without a model or without an
 * embedding, with the hand-weighted score of {@link AssemblyOptions}. The article joins the best
 * story above the threshold or founds a new one, and a story that it would also join above {@link
 * StoryPairModel#merge} is merged into the bigger of the two. The cost of one article is bounded by
 * the query size, never by the number of stories.
 *
 * <p>With the pair model and {@link AssemblyOptions#recluster} above 0, placing an article is followed
 * by a bounded re-clustering of the stories it touched ({@link Recluster}), so a story can split,
 * merge or trade articles when the evidence now says so; {@link Assignment#moved} and {@link
 * Assignment#absorbed} say what changed.
 *
 * <p>The state lives in a {@link StoryTable} (profiles, article → story, index, kept features) and an
 * {@link IdfTable} (document frequencies). Not thread-safe: one writer adds articles (analysis, the
 * expensive part, runs in parallel before). Story ids are {@code s1, s2, …} in founding order, so the
 * same input in the same order gives the same stories.
 */
public final class StoryAssembler {

    private final AssemblyOptions options;
    private final @Nullable StoryPairModel model;
    private final IdfTable idf;
    private final StoryTable table;
    private final PairScorer scorer;
    private final Recluster recluster;

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
        this.idf = new IdfTable(options.idfPrior(), fixed);
        this.table = new StoryTable(options);
        this.scorer = new PairScorer(options, idf);
        this.recluster = new Recluster(options, table, idf, scorer);
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
        return IdfTable.keys(f);
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
     * Places {@code f} in {@code story} (founding it when new) as {@link #restore} does, and returns
     * the features of {@code f} against every candidate story the index offered, plus {@code story}
     * itself when the index missed it: the pairs a pair model is trained on.
     */
    public List<Example> observe(ArticleFeatures f, String story) {
        List<Example> out = new ArrayList<>();
        if (table.storyOf(f.id()) != null) {
            return out;
        }
        ArticleVectors v = counted(f);
        boolean met = false;
        for (StoryProfile p : candidates(v)) {
            out.add(new Example(p.id, boxed(scorer.features(v, p)), p.id.equals(story)));
            met |= p.id.equals(story);
        }
        StoryProfile gold = table.get(story);
        if (!met && gold != null) {
            out.add(new Example(story, boxed(scorer.features(v, gold)), true));
        }
        table.attach(table.named(story), f);
        return out;
    }

    /** Number of articles added or restored so far. */
    public int size() {
        return table.articles();
    }

    public Optional<String> storyOf(String articleId) {
        return Optional.ofNullable(table.storyOf(articleId));
    }

    /** Story id → article ids, in founding order. */
    public Map<String, List<String>> stories() {
        return table.stories();
    }

    /** Puts an article back into the story it was assigned before (when reopening a store). */
    public void restore(ArticleFeatures f, String storyId) {
        if (table.storyOf(f.id()) != null) {
            return;
        }
        idf.count(f);
        StoryProfile p = table.named(storyId);
        table.reserve(storyId);
        table.attach(p, f);
    }

    /**
     * Keeps {@code storyId} from being founded again (a story a merge retired, when reopening a store),
     * so that story ids go on as they would have without the reopening.
     */
    public void reserve(String storyId) {
        table.reserve(storyId);
    }

    /**
     * What {@link #add} would weigh for {@code f} now: the candidate stories the index offers, best
     * first, without placing the article. Counts the article into the idf as {@code add} does, so call
     * it only on an assembler that is discarded or restored afterwards.
     */
    public List<Candidate> explain(ArticleFeatures f) {
        StoryPairModel m = modelFor(f);
        ArticleVectors v = counted(f);
        List<Candidate> out = new ArrayList<>();
        for (StoryProfile p : candidates(v)) {
            out.add(candidate(v, p, m));
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
        StoryProfile p = table.get(story);
        if (p == null) {
            return Optional.empty();
        }
        StoryPairModel m = modelFor(f);
        return Optional.of(candidate(counted(f), p, m));
    }

    private Candidate candidate(ArticleVectors v, StoryProfile p, @Nullable StoryPairModel m) {
        double[] x = scorer.features(v, p);
        return new Candidate(p.id, boxed(x), m != null ? m.probability(x) : scorer.score(v, p));
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
        String known = table.storyOf(f.id());
        if (known != null) {
            return new Assignment(f.id(), known, false, null, 1.0, List.of(), Map.of());
        }
        idf.count(f);
        Assignment dup = nearDuplicate(f);
        if (dup != null) {
            return dup;
        }
        int firstNew = table.nextNumber();
        ArticleVectors v = new ArticleVectors(f, idf, options.nameClashMentions());
        StoryPairModel m = modelFor(f);
        StoryProfile best = null;
        double bestScore = 0;
        Map<StoryProfile, Double> scored = new LinkedHashMap<>();
        for (StoryProfile p : candidates(v)) {
            double s = m != null ? m.probability(scorer.features(v, p)) : scorer.score(v, p);
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
            table.attach(best, f);
            home = m != null && m.merge() < 1 ? mergeBridged(best, scored, m.merge(), absorbed, moved) : best;
        } else {
            home = table.found();
            table.attach(home, f);
            bestScore = 0;
        }
        if (m != null && options.recluster() > 0) {
            recluster.after(home, scored, m, absorbed, moved);
        }
        moved.remove(f.id());
        moved.replaceAll((a, was) -> Optional.ofNullable(table.storyOf(a)).orElse(was));
        String story = Optional.ofNullable(table.storyOf(f.id())).orElse(home.id);
        return new Assignment(f.id(), story, StoryTable.number(story) >= firstNew, null, bestScore, absorbed, moved);
    }

    /** The story of the earlier article {@code f} nearly duplicates, with {@code f} in it; or null. */
    private @Nullable Assignment nearDuplicate(ArticleFeatures f) {
        String dup = table.index.nearDuplicate(f);
        if (dup == null) {
            return null;
        }
        String dupStory = table.storyOf(dup);
        StoryProfile p = dupStory == null ? null : table.get(dupStory);
        if (p == null) {
            return null;
        }
        table.attach(p, f);
        return new Assignment(f.id(), p.id, false, dup, 1.0, List.of(), Map.of());
    }

    /**
     * Merges into one story the story the article joined ({@code home}) and every other candidate it
     * would also join with probability {@code merge} or more, the smaller into the bigger each time;
     * returns the story that holds the article.
     */
    private StoryProfile mergeBridged(
            StoryProfile joined,
            Map<StoryProfile, Double> scored,
            double merge,
            List<String> absorbed,
            Map<String, String> moved) {
        StoryProfile home = joined;
        for (Map.Entry<StoryProfile, Double> e : scored.entrySet()) {
            if (e.getKey() != joined && e.getValue() >= merge) {
                StoryProfile other = e.getKey();
                StoryProfile big = other.articles.size() > home.articles.size() ? other : home;
                StoryProfile small = big == other ? home : other;
                small.articles.forEach(a -> moved.put(a, big.id));
                table.merge(small, big);
                absorbed.add(small.id);
                home = big;
            }
        }
        return home;
    }

    /** Counts {@code f} into the idf and returns its vectors under the new idf. */
    private ArticleVectors counted(ArticleFeatures f) {
        idf.count(f);
        return new ArticleVectors(f, idf, options.nameClashMentions());
    }

    private List<StoryProfile> candidates(ArticleVectors v) {
        return table.profiles(table.index.candidates(v, idf));
    }

    private static List<Double> boxed(double[] x) {
        List<Double> out = new ArrayList<>(x.length);
        for (double v : x) {
            out.add(v);
        }
        return out;
    }
}

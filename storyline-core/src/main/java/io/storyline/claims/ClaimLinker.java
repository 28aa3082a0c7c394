package io.storyline.claims;

import io.storyline.embed.Embedding;
import io.storyline.embed.TextEmbedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores how close every cross-article pair of a story's units is, for grouping them into claims.
 *
 * <p>Within one story, two statements about the same people, places and numbers are far more often
 * the same claim than two MRPC sentences are, and their wording differs more (paraphrase,
 * translation, spinner damage). So the score leans on meaning: the MiniLM cosine of the two units
 * plus {@code lexicalWeight} times the lexical probability of {@link StatementAligner} (which counts
 * shared words, names and order). Candidate pairs share a name or a number, or two content lemmas.
 * The lexical test decides where it can, so that only units of undecided pairs are embedded: a pair
 * whose lexical probability reaches {@code sureSame} is the same claim (scored with the cosine such
 * pairs have on average), and a pair sharing less than {@code minEvidence} of IDF weight (words most
 * of the story's statements use are topic, not evidence) is different, unless both units are
 * embedded for other pairs anyway. Without an embedder the score is the lexical probability alone
 * (scaled by {@code 1 + lexicalWeight}).
 *
 * <p>Pairs scoring below {@code floor} are dropped, and so are pairs where one statement tells of a
 * plan and the other of the deed ({@link Polarity#planAndDeed}). A kept pair scoring at least {@code
 * contradictionSimilarity} whose statements have opposite polarity ({@link Polarity}) is marked a
 * contradiction. Thread-safe when the embedder is; cost: one embedding per unit of an undecided pair
 * (in one call, shared with the aligner), the lexical probability and one dot product per candidate
 * pair.
 */
public final class ClaimLinker {

    /**
     * Weights and limits of the score, and the lexical tests that spare embeddings.
     *
     * @param lexicalWeight weight of the lexical probability added to the cosine
     * @param floor score below which a pair is not kept
     * @param contradictionSimilarity score from which opposite polarity is a contradiction
     * @param sureSame lexical probability from which a pair is the same claim without embedding (its
     *     cosine is estimated from the lexical probability when the units are not embedded anyway)
     * @param minEvidence fewest summed IDF weights (within the story) of the words, names and numbers a
     *     pair shares before its units are embedded; pairs below it are different claims unless both
     *     units are embedded anyway (in a story so small that no word weighs that much, a word only
     *     the two statements use is enough)
     */
    public record Options(
            double lexicalWeight, double floor, double contradictionSimilarity, double sureSame, double minEvidence) {

        public Options {
            if (lexicalWeight < 0 || floor < 0 || contradictionSimilarity < floor) {
                throw new IllegalArgumentException("need lexicalWeight >= 0, floor >= 0 and contradictionSimilarity >= "
                        + "floor, got " + lexicalWeight + ", " + floor + ", " + contradictionSimilarity);
            }
            if (!(sureSame > 0 && sureSame <= 1) || minEvidence < 0) {
                throw new IllegalArgumentException(
                        "need 0 < sureSame <= 1 and minEvidence >= 0, got " + sureSame + ", " + minEvidence);
            }
        }

        public static Options defaults() {
            return new Options(0.3, 0.4, 0.6, 0.5, 2.0);
        }
    }

    /** Pairs the model gives a lower probability are not kept as links (they read as different). */
    static final double MODEL_FLOOR = 0.05;

    private final @Nullable TextEmbedder embedder;
    private final StatementAligner aligner;
    private final Options options;
    private final @Nullable ClaimPairModel model;

    /**
     * A linker scoring pairs with {@code model}'s probability when it is not null (then every unit of a
     * candidate pair is embedded), else with the cosine and lexical score of {@link Options}.
     */
    public ClaimLinker(
            @Nullable TextEmbedder embedder,
            StatementAligner aligner,
            Options options,
            @Nullable ClaimPairModel model) {
        this.embedder = embedder;
        this.aligner = aligner;
        this.options = options;
        this.model = model;
    }

    public ClaimLinker(@Nullable TextEmbedder embedder, StatementAligner aligner, Options options) {
        this(embedder, aligner, options, null);
    }

    /** The pair model, or null when pairs are scored by cosine and lexical probability. */
    public @Nullable ClaimPairModel model() {
        return model;
    }

    /**
     * A candidate pair of units of different articles with what the pair model reads.
     *
     * @param a a unit
     * @param b a unit of another article
     * @param features {@link AssertionFeatures} of the pair
     * @param similarity the cosine plus weighted lexical probability ({@link Options})
     * @param contradiction whether the pair is close enough ({@link Options#contradictionSimilarity}) and
     *     of opposite polarity ({@link Polarity#opposite})
     * @param planAndDeed whether one statement tells of a plan and the other of the deed (never one claim)
     */
    public record Candidate(
            ClaimUnit a,
            ClaimUnit b,
            List<Double> features,
            double similarity,
            boolean contradiction,
            boolean planAndDeed) {

        public Candidate {
            features = List.copyOf(features);
        }
    }

    /**
     * Every candidate pair of {@code units} (sharing a name or a number, or two content lemmas) with its
     * features, embedding every unit of a candidate pair; and those embeddings.
     */
    public Candidates candidates(List<List<ClaimUnit>> units) {
        List<ClaimUnit> all = new ArrayList<>();
        units.forEach(all::addAll);
        Copies copies = Copies.of(all);
        CandidatePairs.Pairs lexicalCandidates = new CandidatePairs.Pairs(CandidatePairs.sharing(all, copies, false));
        long[] ordered = CandidatePairs.ordered(all, copies, lexicalCandidates);
        java.util.TreeSet<Integer> needed = new java.util.TreeSet<>();
        for (long k : ordered) {
            needed.add((int) (k >>> 32));
            needed.add((int) (k & 0xffffffffL));
        }
        Map<Integer, Embedding> vectors = embed(all, needed);
        AssertionFeatures.StoryIdf idf = new AssertionFeatures.StoryIdf(AssertionFeatures.statements(units));
        List<Candidate> out = new ArrayList<>();
        for (long k : ordered) {
            int i = (int) (k >>> 32);
            int j = (int) (k & 0xffffffffL);
            ClaimUnit a = all.get(i);
            ClaimUnit b = all.get(j);
            double lexical = lexicalCandidates.contains(k) ? aligner.lexical(a.statement(), b.statement()) : 0;
            Embedding va = vectors.get(i);
            Embedding vb = vectors.get(j);
            double cos = va != null && vb != null ? va.cosine(vb) : expectedCosine(lexical);
            double[] x = AssertionFeatures.of(
                    a.statement(),
                    AssertionFeatures.Voice.of(a),
                    b.statement(),
                    AssertionFeatures.Voice.of(b),
                    cos,
                    idf);
            double similarity = cos + options.lexicalWeight() * lexical;
            out.add(new Candidate(
                    a,
                    b,
                    java.util.Arrays.stream(x).boxed().toList(),
                    similarity,
                    similarity >= options.contradictionSimilarity() && Polarity.opposite(a.statement(), b.statement()),
                    Polarity.planAndDeed(a.statement(), b.statement())));
        }
        Map<Statement, Embedding> byStatement = new HashMap<>();
        vectors.forEach((i, v) -> byStatement.put(all.get(i).statement(), v));
        return new Candidates(out, byStatement);
    }

    /** The candidate pairs of a story and the embeddings computed for them. */
    public record Candidates(List<Candidate> pairs, Map<Statement, Embedding> embeddings) {

        public Candidates {
            pairs = List.copyOf(pairs);
            embeddings = Map.copyOf(embeddings);
        }
    }

    /**
     * The evidence for every candidate pair of {@code members} (units of {@code units}): what they share,
     * the features, and the score grouping used (the pair model's probability, or without a model the
     * cosine plus weighted lexical probability).
     */
    public List<PairEvidence> evidence(List<List<ClaimUnit>> units, Set<ClaimUnit> members) {
        ClaimPairModel m = model;
        AssertionFeatures.StoryIdf idf = new AssertionFeatures.StoryIdf(AssertionFeatures.statements(units));
        List<PairEvidence> out = new ArrayList<>();
        for (Candidate c : candidates(units).pairs()) {
            if (members.contains(c.a()) && members.contains(c.b())) {
                Map<String, Double> named = new java.util.LinkedHashMap<>();
                for (int i = 0; i < AssertionFeatures.NAMES.size(); i++) {
                    named.put(AssertionFeatures.NAMES.get(i), c.features().get(i));
                }
                out.add(new PairEvidence(
                        c.a(),
                        c.b(),
                        m == null ? c.similarity() : m.probability(c.features()),
                        idf.sharedKeys(c.a().statement(), c.b().statement()),
                        named));
            }
        }
        return out;
    }

    /** The links of {@code units} scored by {@code m}: pair probability, contradictions as usual. */
    private Links modelLinks(List<List<ClaimUnit>> units, ClaimPairModel m) {
        Candidates c = candidates(units);
        List<UnitLink> out = new ArrayList<>();
        for (Candidate p : c.pairs()) {
            double prob = m.probability(p.features());
            if (prob >= MODEL_FLOOR && !p.planAndDeed()) {
                out.add(new UnitLink(p.a(), p.b(), prob, p.contradiction()));
            }
        }
        return new Links(out, c.embeddings());
    }

    /** Whether this linker embeds the units (it has an embedder). */
    public boolean embeds() {
        return embedder != null;
    }

    /** The links of a story and the embeddings computed for them. */
    public record Links(List<UnitLink> links, Map<Statement, Embedding> embeddings) {

        public Links {
            links = List.copyOf(links);
            embeddings = Map.copyOf(embeddings);
        }
    }

    /**
     * The links between units of different articles scoring at least the floor. Only candidate pairs
     * are scored: pairs sharing a name or a number, or two content lemmas. A candidate whose lexical
     * probability reaches {@code sureSame} is the same claim without embedding; the units of the other
     * candidates sharing at least {@code minEvidence} of IDF weight are embedded, and a pair of embedded
     * units is scored by its cosine; the rest are different claims.
     */
    public Links links(List<List<ClaimUnit>> units) {
        ClaimPairModel m = model;
        if (m != null) {
            return modelLinks(units, m);
        }
        List<ClaimUnit> all = new ArrayList<>();
        units.forEach(all::addAll);
        Copies copies = Copies.of(all);
        CandidatePairs.Pairs lexicalCandidates = new CandidatePairs.Pairs(CandidatePairs.sharing(all, copies, false));
        long[] ordered = CandidatePairs.ordered(all, copies, lexicalCandidates);
        KeyEvidence evidence = new KeyEvidence(all);
        double enough = evidence.enough(options.minEvidence());
        // copies compare alike: each value is computed once per ordered pair of nodes
        Map<Long, Double> lexicalOf = new HashMap<>();
        Map<Long, Boolean> evidentOf = new HashMap<>();
        double[] lexical = new double[ordered.length];
        java.util.TreeSet<Integer> needed = new java.util.TreeSet<>();
        for (int p = 0; p < ordered.length; p++) {
            long k = ordered[p];
            int i = (int) (k >>> 32);
            int j = (int) (k & 0xffffffffL);
            long pair = copies.pair(i, j);
            lexical[p] = lexicalOf.computeIfAbsent(
                    pair,
                    x -> lexicalCandidates.contains(k)
                            ? aligner.lexical(all.get(i).statement(), all.get(j).statement())
                            : 0);
            if (lexical[p] < options.sureSame()
                    && evidentOf.computeIfAbsent(pair, x -> evidence.shared(i, j) >= enough)) {
                needed.add(i);
                needed.add(j);
            }
        }
        Map<Integer, Embedding> vectors = embed(all, needed);
        Map<Long, Boolean> opposite = new HashMap<>();
        Cosines cosines = new Cosines();
        List<UnitLink> out = new ArrayList<>();
        for (int p = 0; p < ordered.length; p++) {
            long k = ordered[p];
            int i = (int) (k >>> 32);
            int j = (int) (k & 0xffffffffL);
            ClaimUnit a = all.get(i);
            ClaimUnit b = all.get(j);
            Embedding va = vectors.get(i);
            Embedding vb = vectors.get(j);
            double score = va != null && vb != null
                    ? cosines.of(copies.pair(i, j), va, vb) + options.lexicalWeight() * lexical[p]
                    : unembedded(lexical[p]);
            if (score < options.floor() || Polarity.planAndDeed(a.statement(), b.statement())) {
                continue;
            }
            boolean contradiction = score >= options.contradictionSimilarity()
                    && opposite.computeIfAbsent(
                            copies.pair(i, j), x -> Polarity.opposite(a.statement(), b.statement()));
            out.add(new UnitLink(a, b, score, contradiction));
        }
        Map<Statement, Embedding> byStatement = new HashMap<>(); // Statement equality is identity
        vectors.forEach((i, v) -> byStatement.put(all.get(i).statement(), v));
        return new Links(out, byStatement);
    }

    /**
     * The score of a pair whose units are not both embedded: without an embedder, the scaled lexical
     * probability; for a lexically sure pair, the cosine such pairs have on average ({@link
     * #expectedCosine}) plus the weighted lexical probability; otherwise 0 (different claims). A pair
     * of embedded units scores its cosine plus the weighted lexical probability.
     */
    private double unembedded(double lexical) {
        if (embedder == null) {
            return lexical * (1 + options.lexicalWeight());
        }
        return lexical >= options.sureSame() ? expectedCosine(lexical) + options.lexicalWeight() * lexical : 0;
    }

    /**
     * The MiniLM cosine a pair of statements with lexical probability {@code lexical} (at least 0.5)
     * has on average: a least-squares line over such pairs of basil-dev and the seed story (0.58 at
     * 0.5, 0.96 at 1).
     */
    static double expectedCosine(double lexical) {
        return 0.2 + 0.76 * lexical;
    }

    private Map<Integer, Embedding> embed(List<ClaimUnit> all, java.util.SortedSet<Integer> needed) {
        TextEmbedder e = embedder;
        if (e == null || needed.isEmpty()) {
            return Map.of();
        }
        List<Integer> order = new ArrayList<>(needed);
        List<Embedding> vectors =
                e.embedAll(order.stream().map(i -> all.get(i).text()).toList());
        Map<Integer, Embedding> out = new HashMap<>();
        for (int k = 0; k < order.size(); k++) {
            out.put(order.get(k), vectors.get(k));
        }
        return out;
    }
}

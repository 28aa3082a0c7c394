package io.storyline.claims;

import io.storyline.embed.Embedding;
import io.storyline.embed.TextEmbedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * shared words, names and order). Candidate pairs share a name or a number, or two content lemmas;
 * their units are embedded in one call. Without an embedder the score is the lexical probability
 * alone (scaled by {@code 1 + lexicalWeight}).
 *
 * <p>Pairs scoring below {@code floor} are dropped, and so are pairs where one statement tells of a
 * plan and the other of the deed ({@link Polarity#planAndDeed}). A kept pair scoring at least {@code
 * contradictionSimilarity} whose statements have opposite polarity ({@link Polarity}) is marked a
 * contradiction. Thread-safe when the embedder is; cost: one embedding per unit of a candidate pair
 * (shared with the aligner), one dot product per candidate pair, the lexical measures only for pairs
 * sharing content words.
 */
public final class ClaimLinker {

    /**
     * Weights and limits of the score.
     *
     * @param lexicalWeight weight of the lexical probability added to the cosine
     * @param floor score below which a pair is not kept
     * @param contradictionSimilarity score from which opposite polarity is a contradiction
     */
    public record Options(double lexicalWeight, double floor, double contradictionSimilarity) {

        public Options {
            if (lexicalWeight < 0 || floor < 0 || contradictionSimilarity < floor) {
                throw new IllegalArgumentException("need lexicalWeight >= 0, floor >= 0 and contradictionSimilarity >= "
                        + "floor, got " + lexicalWeight + ", " + floor + ", " + contradictionSimilarity);
            }
        }

        public static Options defaults() {
            return new Options(0.3, 0.4, 0.6);
        }
    }

    private final @Nullable TextEmbedder embedder;
    private final StatementAligner aligner;
    private final Options options;

    public ClaimLinker(@Nullable TextEmbedder embedder, StatementAligner aligner, Options options) {
        this.embedder = embedder;
        this.aligner = aligner;
        this.options = options;
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
     * are scored: pairs sharing a name or a number, or two content lemmas; only units of candidate
     * pairs are embedded.
     */
    public Links links(List<List<ClaimUnit>> units) {
        List<ClaimUnit> all = new ArrayList<>();
        units.forEach(all::addAll);
        Set<Long> lexicalCandidates = sharing(all, false);
        Set<Long> candidates = new HashSet<>(lexicalCandidates);
        candidates.addAll(sharing(all, true));
        Map<Integer, Embedding> vectors = embed(all, candidates);
        List<UnitLink> out = new ArrayList<>();
        List<Long> ordered = new ArrayList<>(candidates);
        java.util.Collections.sort(ordered);
        for (long k : ordered) {
            int i = (int) (k >>> 32);
            int j = (int) (k & 0xffffffffL);
            ClaimUnit a = all.get(i);
            ClaimUnit b = all.get(j);
            double lexical = lexicalCandidates.contains(k) ? aligner.lexical(a.statement(), b.statement()) : 0;
            Embedding va = vectors.get(i);
            Embedding vb = vectors.get(j);
            double score = va == null || vb == null
                    ? lexical * (1 + options.lexicalWeight())
                    : va.cosine(vb) + options.lexicalWeight() * lexical;
            if (score < options.floor() || Polarity.planAndDeed(a.statement(), b.statement())) {
                continue;
            }
            boolean contradiction =
                    score >= options.contradictionSimilarity() && Polarity.opposite(a.statement(), b.statement());
            out.add(new UnitLink(a, b, score, contradiction));
        }
        Map<Statement, Embedding> byStatement = new HashMap<>(); // Statement equality is identity
        vectors.forEach((i, v) -> byStatement.put(all.get(i).statement(), v));
        return new Links(out, byStatement);
    }

    private Map<Integer, Embedding> embed(List<ClaimUnit> all, Set<Long> candidates) {
        TextEmbedder e = embedder;
        if (e == null) {
            return Map.of();
        }
        java.util.TreeSet<Integer> needed = new java.util.TreeSet<>();
        for (long k : candidates) {
            needed.add((int) (k >>> 32));
            needed.add((int) (k & 0xffffffffL));
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

    /**
     * Flat index pairs (i < j, packed) of units of different articles sharing a name or a number
     * ({@code names}), or else two content lemmas.
     */
    private static Set<Long> sharing(List<ClaimUnit> all, boolean names) {
        Map<String, List<Integer>> index = new HashMap<>();
        List<Set<String>> keys = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Statement s = all.get(i).statement();
            Set<String> k = new HashSet<>();
            if (names) {
                k.addAll(s.names());
                s.numbers().forEach(n -> k.add("#" + n));
            } else {
                k.addAll(s.content());
            }
            keys.add(k);
            for (String key : k) {
                index.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
            }
        }
        int need = names ? 1 : 2;
        Set<Long> out = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (String key : keys.get(i)) {
                for (int j : index.getOrDefault(key, List.of())) {
                    if (j > i && !all.get(j).article().equals(all.get(i).article())) {
                        shared.merge(j, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                if (e.getValue() >= need) {
                    out.add(((long) i << 32) | e.getKey());
                }
            }
        }
        return out;
    }
}

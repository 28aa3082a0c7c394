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
 * shared words, names and order). Every unit of the story is embedded, in one batch. Without an
 * embedder the score is the lexical probability alone (scaled by {@code 1 + lexicalWeight}).
 *
 * <p>Pairs scoring below {@code floor} are dropped, and so are pairs where one statement tells of a
 * plan and the other of the deed ({@link Polarity#planAndDeed}). A kept pair scoring at least {@code
 * contradictionSimilarity} whose statements have opposite polarity ({@link Polarity}) is marked a
 * contradiction. Thread-safe when the embedder is; cost: one embedding per unit and one dot product
 * per cross-article pair, the lexical measures only for pairs sharing content words.
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

    /** The links between units of different articles scoring at least the floor. */
    public List<UnitLink> links(List<List<ClaimUnit>> units) {
        List<ClaimUnit> all = new ArrayList<>();
        units.forEach(all::addAll);
        List<Embedding> vectors = embedder == null || all.isEmpty()
                ? List.of()
                : embedder.embedAll(all.stream().map(ClaimUnit::text).toList());
        Map<ClaimUnit, Integer> position = new HashMap<>();
        for (ClaimUnit u : all) {
            position.put(u, position.size());
        }
        Set<Long> lexicalCandidates = sharingContent(units);
        List<UnitLink> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ClaimUnit a = all.get(i);
            for (int j = i + 1; j < all.size(); j++) {
                ClaimUnit b = all.get(j);
                if (a.article().equals(b.article())) {
                    continue;
                }
                double lexical = lexicalCandidates.contains(((long) i << 32) | j)
                        ? aligner.lexical(a.statement(), b.statement())
                        : 0;
                double score = vectors.isEmpty()
                        ? lexical * (1 + options.lexicalWeight())
                        : vectors.get(i).cosine(vectors.get(j)) + options.lexicalWeight() * lexical;
                if (score < options.floor() || Polarity.planAndDeed(a.statement(), b.statement())) {
                    continue;
                }
                boolean contradiction =
                        score >= options.contradictionSimilarity() && Polarity.opposite(a.statement(), b.statement());
                out.add(new UnitLink(a, b, score, contradiction));
            }
        }
        return out;
    }

    /** Flat index pairs (i < j, packed) of units of different articles sharing two content lemmas. */
    private static Set<Long> sharingContent(List<List<ClaimUnit>> units) {
        Map<String, List<Integer>> index = new HashMap<>();
        int flat = 0;
        List<Set<String>> contents = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        for (List<ClaimUnit> article : units) {
            for (ClaimUnit u : article) {
                for (String lemma : u.statement().content()) {
                    index.computeIfAbsent(lemma, k -> new ArrayList<>()).add(flat);
                }
                contents.add(u.statement().content());
                articles.add(u.article());
                flat++;
            }
        }
        Set<Long> out = new HashSet<>();
        for (int i = 0; i < contents.size(); i++) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (String lemma : contents.get(i)) {
                for (int j : index.getOrDefault(lemma, List.of())) {
                    if (j > i && !articles.get(j).equals(articles.get(i))) {
                        shared.merge(j, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                if (e.getValue() >= 2) {
                    out.add(((long) i << 32) | e.getKey());
                }
            }
        }
        return out;
    }
}

package io.storyline.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The units of a story's articles and every cross-article pair of units that assert the same thing
 * or contradict each other.
 *
 * <p>Candidate pairs come from an index of content lemmas (pairs sharing fewer than two never reach
 * the aligner), so the cost grows with the overlap between articles, not with the square of their
 * length; the aligner embeds a statement only when its lexical test is undecided, at most once per
 * story. Immutable once built.
 *
 * @param units each article's units, in input order
 * @param same pairs that assert the same thing
 * @param contradictions pairs that speak of the same thing and disagree
 * @param links every cross-article pair scored for claim grouping ({@link ClaimLinker}); empty when
 *     no linker was given
 * @param compared how many candidate pairs reached the aligner
 * @param embedded how many statements were embedded
 */
public record StoryAlignment(
        List<List<ClaimUnit>> units,
        List<AlignedPair> same,
        List<AlignedPair> contradictions,
        List<UnitLink> links,
        int compared,
        int embedded) {

    /** Pairs whose content lemmas overlap less than this (Dice) are different without the aligner. */
    static final double MIN_DICE = 0.2;

    public StoryAlignment {
        units = units.stream().map(List::copyOf).toList();
        same = List.copyOf(same);
        contradictions = List.copyOf(contradictions);
        links = List.copyOf(links);
    }

    /** Extracts the units of {@code inputs} and aligns them across articles. */
    public static StoryAlignment of(List<ClaimInput> inputs, UnitExtractor extractor, StatementAligner aligner) {
        return of(inputs, extractor, aligner, null);
    }

    /**
     * Extracts the units of {@code inputs}, aligns them across articles and, when {@code linker} is
     * not null, scores the cross-article candidate pairs for claim grouping (the aligner reuses the
     * linker's embeddings).
     */
    public static StoryAlignment of(
            List<ClaimInput> inputs, UnitExtractor extractor, StatementAligner aligner, @Nullable ClaimLinker linker) {
        List<List<ClaimUnit>> units = new ArrayList<>();
        for (ClaimInput in : inputs) {
            units.add(extractor.extract(in));
        }
        if (linker == null) {
            return align(units, aligner);
        }
        ClaimLinker.Links links = linker.links(units);
        StoryAlignment aligned = align(units, aligner.session(links.embeddings()));
        return new StoryAlignment(
                aligned.units(),
                aligned.same(),
                aligned.contradictions(),
                links.links(),
                aligned.compared(),
                aligned.embedded() + links.embeddings().size());
    }

    private static ClaimUnit unit(List<List<ClaimUnit>> units, long key) {
        return units.get((int) (key >>> 32)).get((int) (key & 0xffffffffL));
    }

    /** Aligns already extracted units (one list per article). */
    public static StoryAlignment align(List<List<ClaimUnit>> units, StatementAligner aligner) {
        return align(units, aligner.session());
    }

    private static StoryAlignment align(List<List<ClaimUnit>> units, StatementAligner.Session session) {
        List<ClaimUnit> flat = new ArrayList<>();
        units.forEach(flat::addAll);
        Copies copies = Copies.of(flat);
        int[] offset = new int[units.size()];
        for (int art = 1; art < units.size(); art++) {
            offset[art] = offset[art - 1] + units.get(art - 1).size();
        }
        // copies align alike: one decision per ordered pair of nodes
        Map<Long, Alignment> decided = new HashMap<>();
        Map<String, List<int[]>> index = lemmaIndex(units);
        List<AlignedPair> same = new ArrayList<>();
        List<AlignedPair> contradictions = new ArrayList<>();
        int compared = 0;
        for (int art = 0; art < units.size(); art++) {
            for (int uIndex = 0; uIndex < units.get(art).size(); uIndex++) {
                ClaimUnit u = units.get(art).get(uIndex);
                Map<Long, Integer> shared = new HashMap<>();
                for (String lemma : u.statement().content()) {
                    for (int[] other : index.getOrDefault(lemma, List.of())) {
                        if (other[0] > art) {
                            shared.merge(((long) other[0] << 32) | other[1], 1, Integer::sum);
                        }
                    }
                }
                for (Map.Entry<Long, Integer> e : shared.entrySet()) {
                    if (e.getValue() < 2) {
                        continue;
                    }
                    ClaimUnit v0 = unit(units, e.getKey());
                    int sizes = u.statement().content().size()
                            + v0.statement().content().size();
                    if (2.0 * e.getValue() / sizes < MIN_DICE) {
                        continue;
                    }
                    int vArt = (int) (e.getKey() >>> 32);
                    int vIndex = (int) (e.getKey() & 0xffffffffL);
                    ClaimUnit v = units.get(vArt).get(vIndex);
                    compared++;
                    long pair = copies.pair(offset[art] + uIndex, offset[vArt] + vIndex);
                    Alignment known = decided.get(pair);
                    Alignment a = known == null
                            ? session.align(u.statement(), v.statement())
                            : session.again(u.statement(), v.statement(), known);
                    decided.putIfAbsent(pair, a);
                    if (a.same()) {
                        same.add(new AlignedPair(u, v, a));
                    } else if (a.contradiction()) {
                        contradictions.add(new AlignedPair(u, v, a));
                    }
                }
            }
        }
        return new StoryAlignment(units, same, contradictions, List.of(), compared, session.embedded());
    }

    /** Content lemma → the units stating it, as (article, unit) positions in story order. */
    private static Map<String, List<int[]>> lemmaIndex(List<List<ClaimUnit>> units) {
        Map<String, List<int[]>> index = new HashMap<>();
        for (int art = 0; art < units.size(); art++) {
            for (int u = 0; u < units.get(art).size(); u++) {
                for (String lemma : units.get(art).get(u).statement().content()) {
                    index.computeIfAbsent(lemma, k -> new ArrayList<>()).add(new int[] {art, u});
                }
            }
        }
        return index;
    }
}

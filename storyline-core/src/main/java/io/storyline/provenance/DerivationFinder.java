package io.storyline.provenance;

import io.storyline.claims.AlignedPair;
import io.storyline.claims.ClaimInput;
import io.storyline.claims.ClaimUnit;
import io.storyline.claims.StoryAlignment;
import io.storyline.core.SourceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds which articles of a story derive from which: an article most of whose statements are
 * aligned, in the same order, with another article's statements is a copy (nearly the same words),
 * a garbled copy (when it reads as garbled), or a rewrite of it.
 *
 * <p>Direction: the later publication date derives; on equal or unknown dates, the more garbled
 * text, then the one more fully covered by the other (a trimmed copy), derives. Stateless and
 * thread-safe.
 */
public final class DerivationFinder {

    /**
     * Thresholds of the derivation test.
     *
     * @param coverage fewest of the deriving article's units aligned with the source, as a fraction
     * @param minUnits fewest aligned units
     * @param order fewest consecutive aligned pairs in the same order, as a fraction (rewrites only)
     * @param copyWords word-for-word ratio from which an aligned pair counts as copied
     * @param copyShare fewest copied pairs, as a fraction of aligned pairs, for {@code copy}
     */
    public record Options(double coverage, int minUnits, double order, double copyWords, double copyShare) {

        public static Options defaults() {
            return new Options(0.5, 3, 0.6, 0.85, 0.6);
        }
    }

    private final Options options;

    public DerivationFinder(Options options) {
        this.options = options;
    }

    public DerivationFinder() {
        this(Options.defaults());
    }

    /** Article-to-article derivation edges of a story. */
    public List<ProvenanceEdge> find(
            List<ClaimInput> inputs, StoryAlignment alignment, Map<String, Integer> garble, GarbleDetector detector) {
        Map<String, List<AlignedPair>> byPair = new HashMap<>();
        for (AlignedPair p : alignment.same()) {
            byPair.computeIfAbsent(p.a().article() + "\t" + p.b().article(), k -> new ArrayList<>())
                    .add(p);
        }
        Map<String, Integer> unitCount = new HashMap<>();
        Map<String, @Nullable LocalDate> dates = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            order.put(inputs.get(i).id(), i);
            unitCount.put(inputs.get(i).id(), alignment.units().get(i).size());
            dates.put(inputs.get(i).id(), inputs.get(i).published());
        }
        List<ProvenanceEdge> out = new ArrayList<>();
        for (Map.Entry<String, List<AlignedPair>> e : byPair.entrySet()) {
            String[] ids = e.getKey().split("\t", 2);
            ProvenanceEdge edge = edge(ids[0], ids[1], e.getValue(), unitCount, dates, order, garble, detector);
            if (edge != null) {
                out.add(edge);
            }
        }
        out.sort(Comparator.comparing(ProvenanceEdge::article)
                .thenComparing(e -> e.source().wire()));
        return out;
    }

    private @Nullable ProvenanceEdge edge(
            String a,
            String b,
            List<AlignedPair> pairs,
            Map<String, Integer> unitCount,
            Map<String, @Nullable LocalDate> dates,
            Map<String, Integer> order,
            Map<String, Integer> garble,
            GarbleDetector detector) {
        long alignedA = pairs.stream().map(p -> p.a().index()).distinct().count();
        long alignedB = pairs.stream().map(p -> p.b().index()).distinct().count();
        double covA = (double) alignedA / Math.max(1, unitCount.getOrDefault(a, 0));
        double covB = (double) alignedB / Math.max(1, unitCount.getOrDefault(b, 0));
        if (Math.max(covA, covB) < options.coverage() || Math.min(alignedA, alignedB) < options.minUnits()) {
            return null;
        }
        long copied = pairs.stream()
                .filter(p -> p.a().statement().copyRatio(p.b().statement()) >= options.copyWords())
                .count();
        boolean copy = copied >= options.copyShare() * pairs.size();
        if (!copy && inOrder(pairs) < options.order()) {
            return null;
        }
        Direction direction = Direction.of(
                dates.get(a),
                dates.get(b),
                detector.garbled(garble.getOrDefault(a, 0)),
                detector.garbled(garble.getOrDefault(b, 0)),
                covA,
                covB,
                // same day, same coverage, neither garbled: the later arrival copies the earlier
                order.getOrDefault(a, 0) > order.getOrDefault(b, 0));
        boolean aDerives = direction.firstDerives();
        String derived = aDerives ? a : b;
        String source = aDerives ? b : a;
        Relation rel = detector.garbled(garble.getOrDefault(derived, 0))
                ? Relation.GARBLED_COPY
                : copy ? Relation.COPY : Relation.REWRITE;
        List<Evidence> evidence = new ArrayList<>();
        for (AlignedPair p : pairs) {
            ClaimUnit d = aDerives ? p.a() : p.b();
            ClaimUnit s = aDerives ? p.b() : p.a();
            evidence.add(new Evidence(d.span(), d.text(), s.article(), s.span()));
        }
        evidence.sort(Comparator.comparing(Evidence::span));
        return new ProvenanceEdge(derived, SourceRef.article(source), rel, false, direction.basis(), evidence);
    }

    /** Fraction of consecutive aligned pairs (in the first article's order) that keep their order. */
    private static double inOrder(List<AlignedPair> pairs) {
        List<AlignedPair> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparingInt((AlignedPair p) -> p.a().index()));
        if (sorted.size() < 2) {
            return 1;
        }
        int kept = 0;
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).b().index() >= sorted.get(i - 1).b().index()) {
                kept++;
            }
        }
        return (double) kept / (sorted.size() - 1);
    }
}

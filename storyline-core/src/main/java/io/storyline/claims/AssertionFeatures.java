package io.storyline.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ClaimPairModel} knows of a pair of statements of one story: the lexical measures of
 * {@link PairFeatures}, the MiniLM cosine, how much story-specific evidence they share (IDF over the
 * story's statements, so that words every statement of the story uses count as topic, not evidence),
 * and whether their arguments agree: names, numbers and, for quotes, the speaker. Stateless.
 */
public final class AssertionFeatures {

    /** The feature names, in vector order. */
    public static final List<String> NAMES = List.of(
            "dice",
            "containment",
            "lcsMin",
            "lcsMax",
            "lengthRatio",
            "nameMismatch",
            "numberMismatch",
            "negationMismatch",
            "bigramDice",
            "unmatched",
            "cosine",
            "cosine2",
            "idfShared",
            "idfCosine",
            "sharedNames",
            "sameSpeaker",
            "otherSpeaker",
            "quoteMismatch");

    private AssertionFeatures() {}

    /** Whether a statement is a quote and by whom (null speaker: a fact or an unresolved speaker). */
    public record Voice(boolean quote, @Nullable String speaker) {

        public static final Voice FACT = new Voice(false, null);

        static Voice of(ClaimUnit u) {
            return new Voice(u.quote(), u.speaker());
        }
    }

    /** The features of {@code a} and {@code b} with their cosine {@code cosine}, in {@code idf}'s story. */
    public static double[] of(Statement a, Voice va, Statement b, Voice vb, double cosine, StoryIdf idf) {
        double[] lexical = PairFeatures.of(a, b).vector();
        double[] x = new double[NAMES.size()];
        System.arraycopy(lexical, 0, x, 0, lexical.length);
        int k = lexical.length;
        x[k++] = cosine;
        x[k++] = cosine * cosine;
        double shared = idf.shared(a, b);
        x[k++] = shared / (shared + 2);
        x[k++] = idf.cosine(a, b);
        x[k++] = Math.log1p(sharedNames(a, b));
        String sa = va.speaker();
        String sb = vb.speaker();
        x[k++] = va.quote() && vb.quote() && sa != null && sa.equals(sb) ? 1 : 0;
        x[k++] = va.quote() && vb.quote() && sa != null && sb != null && !sa.equals(sb) ? 1 : 0;
        x[k] = va.quote() != vb.quote() ? 1 : 0;
        return x;
    }

    private static int sharedNames(Statement a, Statement b) {
        int n = 0;
        for (String s : a.names()) {
            if (b.names().contains(s)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Inverse document frequencies of a story's comparison keys (content lemmas, names and numbers),
     * counted over its statements. Immutable once built.
     */
    public static final class StoryIdf {

        private final Map<String, Double> idf = new HashMap<>();
        private final int size;

        public StoryIdf(List<Statement> statements) {
            Map<String, Integer> df = new HashMap<>();
            for (Statement s : statements) {
                keys(s).forEach(w -> df.merge(w, 1, Integer::sum));
            }
            size = statements.size();
            df.forEach((w, n) -> idf.put(w, Math.log((double) Math.max(size, 2) / n)));
        }

        /** How many statements the story has. */
        public int size() {
            return size;
        }

        /** Summed IDF of the keys {@code a} and {@code b} share. */
        public double shared(Statement a, Statement b) {
            Set<String> kb = keys(b);
            double sum = 0;
            for (String w : keys(a)) {
                if (kb.contains(w)) {
                    sum += weight(w);
                }
            }
            return sum;
        }

        /** Cosine of the two statements' binary key vectors weighted by IDF. */
        public double cosine(Statement a, Statement b) {
            Set<String> ka = keys(a);
            Set<String> kb = keys(b);
            double dot = 0;
            double na = 0;
            double nb = 0;
            for (String w : ka) {
                double v = weight(w);
                na += v * v;
                if (kb.contains(w)) {
                    dot += v * v;
                }
            }
            for (String w : kb) {
                double v = weight(w);
                nb += v * v;
            }
            return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
        }

        /** The keys {@code a} and {@code b} share, rarest in the story first. */
        public List<String> sharedKeys(Statement a, Statement b) {
            Set<String> kb = keys(b);
            List<String> out = new ArrayList<>();
            for (String w : keys(a)) {
                if (kb.contains(w)) {
                    out.add(w);
                }
            }
            out.sort(java.util.Comparator.comparingDouble((String w) -> -weight(w))
                    .thenComparing(w -> w));
            return out;
        }

        private double weight(String key) {
            // a key the story never saw (a statement from outside it) is as rare as can be
            return idf.getOrDefault(key, Math.log(Math.max(size, 2)));
        }

        static Set<String> keys(Statement s) {
            Set<String> k = new HashSet<>(s.content());
            k.addAll(s.names());
            s.numbers().forEach(n -> k.add("#" + n));
            return k;
        }
    }

    /** The statements of {@code units}, flattened. */
    static List<Statement> statements(List<List<ClaimUnit>> units) {
        List<Statement> out = new ArrayList<>();
        units.forEach(l -> l.forEach(u -> out.add(u.statement())));
        return out;
    }
}

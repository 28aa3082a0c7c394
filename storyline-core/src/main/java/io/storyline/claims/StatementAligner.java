package io.storyline.claims;

import io.storyline.embed.Embedding;
import io.storyline.embed.TextEmbedder;
import io.storyline.text.WordList;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether two statements assert the same thing: a logistic model over lexical measures
 * ({@link PairFeatures}) decides when it is sure (below {@code low} or above {@code high}); in
 * between, the MiniLM cosine of the two statements joins the measures in a second logistic model.
 * Statements sharing fewer than {@code minShared} content lemmas are different without further cost.
 *
 * <p>The weights, in {@code statement-aligner-weights.txt}, were fitted on the first half of MRPC-train
 * (accuracy 0.765 / F1 0.838 there; the other half 0.752 / 0.832). Thread-safe when the embedder is; a {@link Session} caches embeddings
 * and is for one thread.
 */
public final class StatementAligner {

    private static final double[] LEXICAL = weights("lexical");
    private static final double[] WITH_COSINE = weights("with-cosine");

    /**
     * Thresholds of the decision.
     *
     * @param low lexical probability below which statements are different without embedding
     * @param high lexical probability at or above which they are the same without embedding
     * @param threshold probability (with cosine) at or above which they are the same
     * @param minShared fewest shared content lemmas before any model is consulted
     * @param contradictionCosine cosine (or lexical probability) above which a negation or number
     *     clash is a contradiction rather than a different statement
     */
    public record Options(double low, double high, double threshold, int minShared, double contradictionCosine) {

        public Options {
            if (!(0 <= low && low <= high && high <= 1) || !(0 < threshold && threshold < 1)) {
                throw new IllegalArgumentException("need 0 <= low <= high <= 1 and 0 < threshold < 1, got low=" + low
                        + " high=" + high + " threshold=" + threshold);
            }
            if (minShared < 0) {
                throw new IllegalArgumentException("minShared must be >= 0, got " + minShared);
            }
        }

        /**
         * Looser thresholds for grouping a story's statements into claims: statements of one story
         * that share words and meaning usually assert the same thing even when MRPC would call them
         * different (one adds a detail). Embeds more pairs than {@link #defaults()}.
         */
        public static Options claims() {
            return new Options(0.15, 0.9, 0.3, 2, 0.6);
        }

        /** The thresholds tuned on MRPC-train's first half. */
        public static Options defaults() {
            return new Options(0.3, 0.9, 0.44, 2, 0.6);
        }
    }

    private final @Nullable TextEmbedder embedder;
    private final Options options;

    /** An aligner that consults {@code embedder} when undecided, or never when it is null. */
    public StatementAligner(@Nullable TextEmbedder embedder, Options options) {
        this.embedder = embedder;
        this.options = options;
    }

    public StatementAligner(@Nullable TextEmbedder embedder) {
        this(embedder, Options.defaults());
    }

    /** A fresh session with its own embedding cache. */
    public Session session() {
        return new Session();
    }

    /** A session whose cache starts with {@code known} embeddings (by statement identity). */
    public Session session(Map<Statement, Embedding> known) {
        Session s = new Session();
        known.forEach(s.cache::put);
        return s;
    }

    /** The decision for {@code a} and {@code b}, embedding both if needed (no cache). */
    public Alignment align(Statement a, Statement b) {
        return new Session().align(a, b);
    }

    /** Aligns statements with an embedding cache; not thread-safe. */
    public final class Session {

        private final IdentityHashMap<Statement, Embedding> cache = new IdentityHashMap<>();
        private int embedded;

        private Session() {}

        /** How many statements this session has embedded. */
        public int embedded() {
            return embedded;
        }

        /** The decision for {@code a} and {@code b}. */
        public Alignment align(Statement a, Statement b) {
            PairFeatures f = PairFeatures.of(a, b);
            if (f.shared() < options.minShared()) {
                return new Alignment(0, Double.NaN, 0, false, false);
            }
            double[] x = f.vector();
            double lexical = logistic(LEXICAL, x, Double.NaN);
            double cos = Double.NaN;
            double score = lexical;
            boolean same;
            if (lexical >= options.high()) {
                same = true;
            } else if (lexical < options.low() || embedder == null) {
                same = embedder == null && lexical >= options.threshold();
            } else {
                cos = embedding(a).cosine(embedding(b));
                score = logistic(WITH_COSINE, x, cos);
                same = score >= options.threshold();
            }
            boolean close = f.shared() >= 3
                    && (Double.isNaN(cos)
                            ? lexical >= options.contradictionCosine()
                            : cos >= options.contradictionCosine());
            boolean negated = close && !same && f.negationMismatch() > 0;
            boolean numbers = close && !same && f.numberMismatch() >= 0.5 && bothNumbered(a, b);
            boolean contradiction = negated || numbers;
            return new Alignment(lexical, cos, score, same && !contradiction, contradiction);
        }

        /**
         * The decision {@code known} taken for two statements with the same forms as {@code a} and
         * {@code b} ({@link Statement#forms()}), as {@link #align} would take it again: the embeddings
         * it consulted are counted as embedded for {@code a} and {@code b} too.
         */
        Alignment again(Statement a, Statement b, Alignment known) {
            if (known.embedded()) {
                embedding(a);
                embedding(b);
            }
            return known;
        }

        private Embedding embedding(Statement s) {
            TextEmbedder e = embedder;
            if (e == null) {
                throw new IllegalStateException("no embedder");
            }
            Embedding v = cache.get(s);
            if (v == null) {
                v = e.embed(s.text());
                cache.put(s, v);
                embedded++;
            }
            return v;
        }
    }

    /** The lexical probability that {@code a} and {@code b} are the same (0 below {@code minShared}). */
    double lexical(Statement a, Statement b) {
        PairFeatures f = PairFeatures.of(a, b);
        return f.shared() < options.minShared() ? 0 : logistic(LEXICAL, f.vector(), Double.NaN);
    }

    private static boolean bothNumbered(Statement a, Statement b) {
        return !a.numbers().isEmpty() && !b.numbers().isEmpty();
    }

    private static double logistic(double[] w, double[] x, double cos) {
        double z = w[0];
        for (int i = 0; i < x.length; i++) {
            z += w[i + 1] * x[i];
        }
        if (!Double.isNaN(cos)) {
            z += w[x.length + 1] * cos + w[x.length + 2] * cos * cos;
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** One row of {@code statement-aligner-weights.txt}: the name, then the weights. */
    private static double[] weights(String name) {
        for (String row : WordList.list(StatementAligner.class, "statement-aligner-weights.txt")) {
            String[] f = row.trim().split("\\s+");
            if (f[0].equals(name)) {
                double[] w = new double[f.length - 1];
                for (int i = 1; i < f.length; i++) {
                    w[i - 1] = Double.parseDouble(f[i]);
                }
                return w;
            }
        }
        throw new IllegalStateException("statement-aligner-weights.txt has no row " + name);
    }
}

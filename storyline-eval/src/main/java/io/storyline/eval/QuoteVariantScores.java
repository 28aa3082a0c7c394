package io.storyline.eval;

import io.storyline.digest.StoryDigest;
import io.storyline.digest.StoryQuote;
import io.storyline.digest.StoryQuoteGroup;
import io.storyline.quotegroups.QuoteRelation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores quote groups against a {@code quote_variants.tsv} gold file (columns {@code variant_id,
 * relation, speaker_a, file_a, text_a, speaker_b, file_b, text_b, …}; tab-separated, no quoting).
 * Each gold text is matched to the found quote of its article sharing most words with it. A positive
 * row (any relation not starting with {@code NOT}) is handled when both quotes are found and in one
 * group; a negative row when they are not in one group. A grouped positive row is labelled sensibly
 * when the found relation is {@code misattributed} exactly when the gold relation says the variant is
 * misattributed. Stateless.
 */
public final class QuoteVariantScores {

    private QuoteVariantScores() {}

    /**
     * One gold row and what was found for it.
     *
     * @param id the variant id
     * @param relation the gold relation
     * @param positive whether the two renderings should be grouped
     * @param a the found quote matching text_a, or null
     * @param b the found quote matching text_b, or null
     * @param grouped whether a and b are in one group
     * @param found the found relation between them (direct pair, or null when only linked through the
     *     group or not grouped)
     */
    public record Row(
            String id,
            String relation,
            boolean positive,
            @Nullable String a,
            @Nullable String b,
            boolean grouped,
            @Nullable QuoteRelation found) {

        /** Whether the row is handled (grouped when it should be, apart when it should not). */
        public boolean handled() {
            return grouped == positive;
        }

        /** Whether a handled positive row carries a sensible label (see the class comment). */
        public boolean sensible() {
            if (!positive || !grouped) {
                return false;
            }
            boolean goldMisattributed = relation.toLowerCase(Locale.ROOT).contains("misattributed");
            return found == null || goldMisattributed == (found == QuoteRelation.MISATTRIBUTED);
        }
    }

    /**
     * The scores.
     *
     * @param rows every gold row with what was found
     */
    public record Scores(List<Row> rows) {
        public Scores {
            rows = List.copyOf(rows);
        }

        public long handled() {
            return rows.stream().filter(Row::handled).count();
        }

        public long sensible() {
            return rows.stream().filter(Row::sensible).count();
        }

        public long positives() {
            return rows.stream().filter(Row::positive).count();
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "variants handled %d of %d (grouped positives with a sensible relation %d of %d)",
                    handled(),
                    rows.size(),
                    sensible(),
                    positives());
        }
    }

    /** Scores {@code digest}'s groups against the gold file. */
    public static Scores score(Path variantsTsv, StoryDigest digest) {
        List<Row> rows = new ArrayList<>();
        for (String[] r : GoldTsv.rows(variantsTsv)) {
            if (r.length < 8) {
                throw new IllegalArgumentException(
                        variantsTsv + ": a row has " + r.length + " columns, expected 8 or more");
            }
            boolean positive = !r[1].startsWith("NOT");
            StoryQuote a = match(digest, articleId(r[3]), r[4]);
            StoryQuote b = match(digest, articleId(r[6]), r[7]);
            Optional<StoryQuoteGroup> group = Optional.empty();
            QuoteRelation found = null;
            if (a != null && b != null) {
                group = digest.quoteGroups().stream()
                        .filter(g -> g.quotes().contains(a.id()) && g.quotes().contains(b.id()))
                        .findFirst();
                found = group.flatMap(g -> relation(g, a.id(), b.id())).orElse(null);
            }
            rows.add(new Row(
                    r[0],
                    r[1],
                    positive,
                    a == null ? null : a.id(),
                    b == null ? null : b.id(),
                    group.isPresent(),
                    found));
        }
        return new Scores(rows);
    }

    private static Optional<QuoteRelation> relation(StoryQuoteGroup g, String a, String b) {
        return g.relations().stream()
                .filter(p -> (p.a().equals(a) && p.b().equals(b)) || (p.a().equals(b) && p.b().equals(a)))
                .findFirst()
                .map(StoryQuoteGroup.Relation::relation);
    }

    private static String articleId(String file) {
        return file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
    }

    /** The found quote of {@code article} sharing most words with {@code gold} (score >= 0.3). */
    private static @Nullable StoryQuote match(StoryDigest digest, String article, String gold) {
        Set<String> g = words(gold);
        StoryQuote best = null;
        double bestScore = 0.3;
        for (StoryQuote q : digest.quotes()) {
            if (!q.article().equals(article)) {
                continue;
            }
            Set<String> f = words(q.text());
            Set<String> shared = new HashSet<>(f);
            shared.retainAll(g);
            double dice = 2.0 * shared.size() / Math.max(1, f.size() + g.size());
            double score = 0.5 * dice + 0.5 * shared.size() / Math.max(1, g.size());
            if (score > bestScore) {
                bestScore = score;
                best = q;
            }
        }
        return best;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}

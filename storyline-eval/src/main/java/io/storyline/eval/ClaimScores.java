package io.storyline.eval;

import io.storyline.claims.Claim;
import io.storyline.claims.Support;
import io.storyline.core.Span;
import io.storyline.provenance.ArticleFlag;
import io.storyline.provenance.StoryEvidence;
import io.storyline.provenance.UpstreamCredit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores a story's claims, conflicts and credited sources against the seed story's gold files
 * ({@code gold/claims.tsv}, {@code gold/claim_conflicts.tsv}, {@code gold/sources.tsv}; tab-separated,
 * no quoting, spans located verbatim in the article text).
 *
 * <ul>
 *   <li>Claims are scored by {@link ClaimAgreement}'s strict rule: a multi-article gold claim is found
 *       only when one claim holds at least two of its own statements, in different articles, on the
 *       gold claim's spans, with an article set of Jaccard ≥ 2/3; mixed claims and span pairs beside it.
 *   <li>A conflict is joined when one claim covers both sides; surfaced when both sides are covered by
 *       claims and either those claims contradict each other (contested) or they are different claims.
 *   <li>Credited sources: each name in the agencies/outlets and expert-organisation columns of {@code
 *       sources.tsv} is found when the article credits a source whose name contains it or is contained
 *       in it.
 * </ul>
 *
 * Stateless.
 */
public final class ClaimScores {

    private ClaimScores() {}

    /**
     * The scores.
     *
     * @param claims the claim scores ({@link ClaimAgreement}: found by the strict rule, mixed, pairs)
     * @param joined conflicts whose two sides one claim joins
     * @param surfaced conflicts surfaced as contested or as separate claims
     * @param contested conflicts whose sides are claims marked as contradicting each other
     * @param conflicts gold conflicts
     * @param credits credited source names found
     * @param creditsGold credited source names in the gold file
     * @param garbled the articles flagged machine-garbled
     * @param notes one line per missed claim, joined conflict and missed credit
     */
    public record Scores(
            ClaimAgreement.Scores claims,
            int joined,
            int surfaced,
            int contested,
            int conflicts,
            int credits,
            int creditsGold,
            List<String> garbled,
            List<String> notes) {

        public Scores {
            garbled = List.copyOf(garbled);
            notes = List.copyOf(notes);
        }

        public double creditRecall() {
            return creditsGold == 0 ? 0 : (double) credits / creditsGold;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "multi-article claims %s; conflicts joined %d, surfaced %d of %d (contested %d);"
                            + " credited sources %d of %d (%.3f); machine-garbled %s",
                    claims,
                    joined,
                    surfaced,
                    conflicts,
                    contested,
                    credits,
                    creditsGold,
                    creditRecall(),
                    garbled);
        }
    }

    /** Scores {@code evidence} for the articles {@code texts} (id → text) against the files in {@code goldDir}. */
    public static Scores score(Path goldDir, Map<String, String> texts, StoryEvidence evidence) {
        List<String> notes = new ArrayList<>();
        ClaimAgreement.Scores agreement = ClaimAgreement.score(gold(goldDir, texts), groups(evidence));
        notes.addAll(agreement.missed());
        int joined = 0;
        int surfaced = 0;
        int contested = 0;
        int conflicts = 0;
        for (String[] row : GoldTsv.rows(goldDir.resolve("claim_conflicts.tsv"))) {
            conflicts++;
            List<Claim> a = covering(evidence, texts, row[2], row[3]);
            List<Claim> b = covering(evidence, texts, row[4], row[5]);
            Set<String> ida = new HashSet<>();
            a.forEach(c -> ida.add(c.id()));
            boolean join = b.stream().anyMatch(c -> ida.contains(c.id()));
            boolean contest = a.stream()
                    .anyMatch(c -> b.stream().anyMatch(d -> c.contradicts().contains(d.id())));
            joined += join ? 1 : 0;
            contested += contest ? 1 : 0;
            surfaced += contest || (!a.isEmpty() && !b.isEmpty() && !join) ? 1 : 0;
            if (join) {
                notes.add("conflict " + row[0] + " joined in one claim: " + row[1]);
            }
        }
        Map<String, Set<String>> credited = new HashMap<>();
        for (UpstreamCredit c : evidence.credits()) {
            credited.computeIfAbsent(c.article(), k -> new HashSet<>())
                    .add(c.name().toLowerCase(Locale.ROOT));
        }
        int credits = 0;
        int creditsGold = 0;
        Path sources = goldDir.resolve("sources.tsv");
        if (Files.isRegularFile(sources)) {
            for (String[] row : GoldTsv.rows(sources)) {
                String article = id(row[0]);
                for (int col = 4; col <= 5 && col < row.length; col++) {
                    for (String name : row[col].split(",")) {
                        String n = name.strip().toLowerCase(Locale.ROOT);
                        if (n.isEmpty() || n.contains("implicit")) {
                            continue;
                        }
                        creditsGold++;
                        boolean ok = credited.getOrDefault(article, Set.of()).stream()
                                .anyMatch(f -> f.contains(n) || n.contains(f));
                        if (ok) {
                            credits++;
                        } else {
                            notes.add("credit missed: " + article + " credits " + n);
                        }
                    }
                }
            }
        }
        List<String> garbled = evidence.flags().entrySet().stream()
                .filter(e -> e.getValue().contains(ArticleFlag.MACHINE_GARBLED))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        return new Scores(agreement, joined, surfaced, contested, conflicts, credits, creditsGold, garbled, notes);
    }

    /** The gold claims of {@code claims.tsv}, each span located verbatim (first occurrence) in its article. */
    static List<ClaimAgreement.GoldClaim> gold(Path goldDir, Map<String, String> texts) {
        List<ClaimAgreement.GoldClaim> out = new ArrayList<>();
        for (String[] row : GoldTsv.rows(goldDir.resolve("claims.tsv"))) {
            String[] files = row[2].split(",");
            String[] parts = row[3].split(" \\|\\| ");
            Map<String, List<Span>> spans = new HashMap<>();
            for (int i = 0; i < files.length && i < parts.length; i++) {
                Span at = locate(texts, files[i], parts[i]);
                if (at != null) {
                    spans.computeIfAbsent(id(files[i]), k -> new ArrayList<>()).add(at);
                }
            }
            out.add(new ClaimAgreement.GoldClaim(row[0], row[1], spans));
        }
        return out;
    }

    /** Each claim's statements, for {@link ClaimAgreement}. */
    public static List<List<ClaimAgreement.Statement>> groups(StoryEvidence evidence) {
        List<List<ClaimAgreement.Statement>> out = new ArrayList<>();
        for (Claim c : evidence.claims()) {
            out.add(c.support().stream()
                    .map(s -> new ClaimAgreement.Statement(s.article(), s.span()))
                    .toList());
        }
        return out;
    }

    private static String id(String file) {
        String f = file.strip();
        return f.endsWith(".txt") ? f.substring(0, f.length() - 4) : f;
    }

    /** The first occurrence of {@code span} in the text of {@code file}, or null. */
    private static @Nullable Span locate(Map<String, String> texts, String file, String span) {
        int at = span.isEmpty() ? -1 : texts.getOrDefault(id(file), "").indexOf(span);
        return at < 0 ? null : new Span(at, at + span.length());
    }

    /** Claims with a support in {@code file} overlapping the first occurrence of {@code span}. */
    private static List<Claim> covering(StoryEvidence ev, Map<String, String> texts, String file, String span) {
        String article = id(file);
        List<Claim> out = new ArrayList<>();
        Span s = locate(texts, file, span);
        if (s == null) {
            return out;
        }
        for (Claim c : ev.claims()) {
            for (Support sup : c.support()) {
                if (sup.article().equals(article) && sup.span().overlaps(s)) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }
}

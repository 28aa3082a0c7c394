package io.storyline.cli;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.claims.ClaimInput;
import io.storyline.eval.Gates;
import io.storyline.provenance.GarbleDetector;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The false positives of the machine-garble flag on clean news, part of {@code storyline eval}: the
 * articles of each basil-dev story read together (as a story's digest reads them) and every polnear-dev
 * article read alone (a story of one, where no sibling vouches for a rare name). None of these articles
 * is garbled, so every flag is an error. Stateless.
 */
final class GarbleEval {

    private GarbleEval() {}

    /** Prints the flagged articles of both sets under {@code root} and returns whether both floors hold. */
    static boolean run(PrintWriter out, Path root, AnalysedSets sets) {
        GarbleDetector detector = new GarbleDetector();
        boolean ok = true;
        Path basil = root.resolve("basil-dev");
        if (Files.isRegularFile(basil.resolve("gold-stories.tsv"))) {
            Map<String, String> gold = EvalSets.goldStories(basil);
            Map<String, List<ClaimInput>> stories = new LinkedHashMap<>();
            int articles = 0;
            for (AnalyzedArticle a : sets.of(basil).articles()) {
                ClaimInput in = ClaimInput.from(a);
                stories.computeIfAbsent(gold.getOrDefault(in.id(), in.id()), k -> new ArrayList<>())
                        .add(in);
                articles++;
            }
            List<String> flagged = new ArrayList<>();
            for (List<ClaimInput> story : stories.values()) {
                detector.scores(story).forEach((id, score) -> {
                    if (detector.garbled(score)) {
                        flagged.add(id + "=" + score);
                    }
                });
            }
            ok &= report(out, "basil-dev (by story)", flagged, articles, Gates.GARBLE_FALSE_BASIL);
        }
        Path polnear = root.resolve("polnear-dev");
        if (Files.isRegularFile(polnear.resolve("articles.jsonl"))) {
            List<AnalyzedArticle> articles = sets.of(polnear).articles();
            List<String> flagged = new ArrayList<>();
            for (AnalyzedArticle a : articles) {
                ClaimInput in = ClaimInput.from(a);
                int score = detector.scores(List.of(in)).getOrDefault(in.id(), 0);
                if (detector.garbled(score)) {
                    flagged.add(in.id() + "=" + score);
                }
            }
            ok &= report(out, "polnear-dev (alone)", flagged, articles.size(), Gates.GARBLE_FALSE_POLNEAR);
        }
        return ok;
    }

    private static boolean report(PrintWriter out, String set, List<String> flagged, int articles, int most) {
        boolean pass = flagged.size() <= most;
        out.printf(
                Locale.ROOT,
                "garble     %-20s clean articles flagged machine-garbled: %d of %d %s; gate <= %d: %s%n",
                set,
                flagged.size(),
                articles,
                flagged,
                most,
                pass ? "PASS" : "FAIL");
        return pass;
    }
}

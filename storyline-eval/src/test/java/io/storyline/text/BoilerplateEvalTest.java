package io.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.eval.SharedEval;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Measures the detector on the shared evaluation sets; skipped when the shared folder is absent. */
class BoilerplateEvalTest {

    private final BoilerplateDetector detector = new BoilerplateDetector();

    private static Path eval() {
        var dir = SharedEval.dir();
        assumeTrue(dir.isPresent(), "shared eval folder not found");
        return dir.get();
    }

    /** Gold row: line number (1-based, lines split on \n) and whether it is required. */
    private record Gold(int line, boolean required) {}

    @Test
    void findsEveryRequiredSeedLineAndRemovesNothingOutsideTheGold() throws IOException {
        Path seed = eval().resolve("ceasefire-2025");
        Map<String, Map<Integer, Gold>> gold = new HashMap<>();
        List<String> rows = Files.readAllLines(seed.resolve("gold/boilerplate.tsv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            String id = f[0].replaceFirst("\\.txt$", "");
            int line = Integer.parseInt(f[2]);
            gold.computeIfAbsent(id, k -> new HashMap<>()).put(line, new Gold(line, f[4].equals("yes")));
        }
        int required = 0;
        int requiredFound = 0;
        int optionalFound = 0;
        List<String> falsePositives = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Article doc : SharedEval.articles(seed.resolve("articles.jsonl"))) {
            Map<Integer, Gold> g = gold.getOrDefault(doc.id(), Map.of());
            List<Integer> found = lineNumbers(doc.text(), detector.detect(doc.text(), doc.title()));
            for (Gold row : g.values()) {
                if (row.required()) {
                    required++;
                    if (found.contains(row.line())) {
                        requiredFound++;
                    } else {
                        missed.add(doc.id() + ":" + row.line());
                    }
                }
            }
            for (int line : found) {
                Gold row = g.get(line);
                if (row == null) {
                    falsePositives.add(doc.id() + ":" + line);
                } else if (!row.required()) {
                    optionalFound++;
                }
            }
        }
        System.out.printf(
                "seed boilerplate: required %d/%d found, optional removed %d, false positives %d %s, missed %s%n",
                requiredFound, required, optionalFound, falsePositives.size(), falsePositives, missed);
        assertThat(missed).isEmpty();
        assertThat(falsePositives).isEmpty();
        assertThat(required).isEqualTo(12);
    }

    @Test
    void removesFewLinesFromCleanBasilArticles() {
        Share share = share(eval().resolve("basil-dev/articles.jsonl"));
        System.out.printf("basil-dev: %s%n", share);
        assertThat(share.removed()).isLessThan(share.nonBlank() / 100);
        assertThat(share.removedWithoutTitle()).isLessThan(share.nonBlank() / 200);
    }

    @Test
    void removesFewLinesFromPolnearArticles() {
        Share share = share(eval().resolve("polnear-dev/articles.jsonl"));
        System.out.printf("polnear-dev: %s%n", share);
        assertThat(share.removed()).isLessThan(share.nonBlank() * 8 / 100);
        assertThat(share.removedWithoutTitle()).isLessThan(share.nonBlank() / 100);
    }

    @Test
    void removesFewLinesFromEcbPlusArticles() {
        Share share = share(eval().resolve("ecbplus-dev/articles.jsonl"));
        System.out.printf("ecbplus-dev: %s%n", share);
        assertThat(share.removed()).isLessThan(share.nonBlank() / 100);
    }

    private record Share(
            int articles, int nonBlank, int removed, int removedWithoutTitle, Map<BoilerplateKind, Integer> byKind) {}

    private Share share(Path jsonl) {
        int nonBlank = 0;
        int removed = 0;
        int untitled = 0;
        Map<BoilerplateKind, Integer> byKind = new java.util.EnumMap<>(BoilerplateKind.class);
        List<Article> docs = SharedEval.articles(jsonl);
        boolean dump = Boolean.getBoolean("boiler.dump");
        for (Article doc : docs) {
            nonBlank += (int) doc.text().lines().filter(l -> !l.isBlank()).count();
            List<BoilerplateLine> found = detector.classify(doc.text(), doc.title());
            removed += found.size();
            untitled += detector.detect(doc.text(), null).size();
            for (BoilerplateLine b : found) {
                byKind.merge(b.kind(), 1, Integer::sum);
                if (dump) {
                    String s = b.span().of(doc.text());
                    System.out.println(
                            "DUMP\t" + b.kind() + "\t" + doc.id() + "\t" + s.substring(0, Math.min(140, s.length())));
                }
            }
        }
        return new Share(docs.size(), nonBlank, removed, untitled, byKind);
    }

    /** 1-based line numbers (lines split on \n) of the spans. */
    private static List<Integer> lineNumbers(String text, List<Span> spans) {
        List<Integer> out = new ArrayList<>();
        for (Span s : spans) {
            int line = 1;
            for (int i = 0; i < s.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            out.add(line);
        }
        return out;
    }
}

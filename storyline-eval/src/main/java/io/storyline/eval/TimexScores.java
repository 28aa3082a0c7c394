package io.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.time.RuleTimeFinder;
import io.storyline.time.TimeExpression;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Scores time expressions against a {@code gold-timex.jsonl} (TempEval-3 style): detection by overlap,
 * value accuracy on the matched pairs. Reads the shared folder; copies nothing from it.
 */
public final class TimexScores {

    /** An article of the set: id, text and document creation (publication) date. */
    public record Doc(String id, String text, @Nullable LocalDate published) {}

    /** One gold expression. */
    public record Gold(String article, int start, int end, String text, String type, String value) {}

    /**
     * Detection (overlap) and value scores.
     *
     * @param errors one tab-separated line per miss, wrong value and extra expression
     */
    public record Scores(
            int gold, int found, int matched, int valueRight, int typeRight, long nanos, List<String> errors) {

        public double precision() {
            return found == 0 ? 0 : (double) matched / found;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double valueAccuracy() {
            return matched == 0 ? 0 : (double) valueRight / matched;
        }

        public double valueF1() {
            double p = found == 0 ? 0 : (double) valueRight / found;
            double r = gold == 0 ? 0 : (double) valueRight / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "gold %d found %d matched %d: detection P %.3f R %.3f F1 %.3f; value accuracy %.3f (%d/%d), "
                            + "value F1 %.3f, type accuracy %.3f; %.0f expressions/s",
                    gold,
                    found,
                    matched,
                    precision(),
                    recall(),
                    f1(),
                    valueAccuracy(),
                    valueRight,
                    matched,
                    valueF1(),
                    matched == 0 ? 0 : (double) typeRight / matched,
                    found / Math.max(1e-9, nanos / 1e9));
        }
    }

    private TimexScores() {}

    /** The shared evaluation folder, if found. */
    public static Optional<Path> evalDir() {
        return SharedEval.dir();
    }

    /** The held-out half of an evaluation set: articles whose id hash is even. */
    public static boolean heldOut(String id) {
        return (id.hashCode() & 1) == 0;
    }

    /** The articles of an {@code articles.jsonl}. */
    public static List<Doc> docs(Path jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        for (String row : lines(jsonl)) {
            try {
                JsonNode n = mapper.readTree(row);
                JsonNode p = n.get("published");
                docs.add(new Doc(
                        n.get("id").asText(),
                        n.get("text").asText(),
                        p == null || p.isNull()
                                ? null
                                : LocalDate.parse(p.asText().substring(0, 10))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs;
    }

    /** The gold expressions of a {@code gold-timex.jsonl}, by article. */
    public static Map<String, List<Gold>> gold(Path jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, List<Gold>> gold = new LinkedHashMap<>();
        for (String row : lines(jsonl)) {
            try {
                JsonNode n = mapper.readTree(row);
                Gold g = new Gold(
                        n.get("article").asText(),
                        n.get("start").asInt(),
                        n.get("end").asInt(),
                        n.get("text").asText(),
                        n.get("type").asText(),
                        n.get("value").asText());
                gold.computeIfAbsent(g.article(), k -> new ArrayList<>()).add(g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return gold;
    }

    /** Scores {@code finder} on the articles {@code keep} accepts. */
    public static Scores score(
            RuleTimeFinder finder, List<Doc> docs, Map<String, List<Gold>> gold, Predicate<String> keep) {
        int goldCount = 0;
        int found = 0;
        int matched = 0;
        int valueRight = 0;
        int typeRight = 0;
        long nanos = 0;
        List<String> errors = new ArrayList<>();
        for (Doc d : docs) {
            if (!keep.test(d.id())) {
                continue;
            }
            long t0 = System.nanoTime();
            List<TimeExpression> sys = finder.find(d.text(), d.published());
            nanos += System.nanoTime() - t0;
            List<Gold> g = gold.getOrDefault(d.id(), List.of());
            goldCount += g.size();
            found += sys.size();
            boolean[] used = new boolean[sys.size()];
            for (Gold row : g) {
                int hit = -1;
                for (int i = 0; i < sys.size(); i++) {
                    TimeExpression e = sys.get(i);
                    if (!used[i]
                            && e.span().start() < row.end()
                            && row.start() < e.span().end()) {
                        hit = i;
                        break;
                    }
                }
                if (hit < 0) {
                    errors.add("MISS\t" + d.id() + "\t" + d.published() + "\t" + row.text() + "\t" + row.type() + "\t"
                            + row.value() + "\t" + context(d.text(), row.start(), row.end()));
                    continue;
                }
                used[hit] = true;
                matched++;
                TimeExpression e = sys.get(hit);
                if (e.value().equals(row.value())) {
                    valueRight++;
                } else {
                    errors.add("VALUE\t" + d.id() + "\t" + d.published() + "\t" + row.text() + "\t" + row.value() + "\t"
                            + e.text() + "\t" + e.value() + "\t" + context(d.text(), row.start(), row.end()));
                }
                if (e.type().name().equals(row.type())) {
                    typeRight++;
                }
            }
            for (int i = 0; i < sys.size(); i++) {
                if (!used[i]) {
                    TimeExpression e = sys.get(i);
                    errors.add("EXTRA\t" + d.id() + "\t" + d.published() + "\t" + e.text() + "\t" + e.value() + "\t"
                            + context(d.text(), e.span().start(), e.span().end()));
                }
            }
        }
        return new Scores(goldCount, found, matched, valueRight, typeRight, nanos, errors);
    }

    private static String context(String text, int start, int end) {
        String s = text.substring(Math.max(0, start - 60), start) + "[[" + text.substring(start, end) + "]]"
                + text.substring(end, Math.min(text.length(), end + 60));
        return s.replace('\n', ' ');
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

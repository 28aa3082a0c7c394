package io.storyline.time;

import io.storyline.eval.TimexScores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Scores the time expressions of the seed story's {@code gold/timeline.tsv}: each expression must be found
 * (overlapping) in the stated line of the stated file with a value right at the gold precision.
 */
final class SeedTimelineEval {

    /** One expression of one timeline row, and what the finder made of it. */
    record Item(int row, String file, String expression, String gold, boolean right, String found) {}

    record Result(List<Item> items, int rows, int rowsRight) {

        long itemsRight() {
            return items.stream().filter(Item::right).count();
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "timeline rows %d/%d right (%.3f), expressions %d/%d right (%.3f)",
                    rowsRight,
                    rows,
                    (double) rowsRight / rows,
                    itemsRight(),
                    items.size(),
                    (double) itemsRight() / items.size());
        }
    }

    private SeedTimelineEval() {}

    /**
     * Scores {@code resolve} (article text and id to expressions) on the seed story.
     *
     * @param seed the {@code ceasefire-2025} folder
     */
    static Result score(Path seed, BiFunction<String, String, List<TimeExpression>> resolve) {
        Map<String, String> texts = TimexScores.docs(seed.resolve("articles.jsonl")).stream()
                .collect(Collectors.toMap(TimexScores.Doc::id, TimexScores.Doc::text));
        List<String> rows = read(seed.resolve("gold/timeline.tsv"));
        List<Item> items = new ArrayList<>();
        int rowsRight = 0;
        for (int r = 1; r < rows.size(); r++) {
            String[] f = rows.get(r).split("\t", -1);
            DateRange gold = range(f[0]);
            String[] files = f[2].split(",");
            String[] exprs = f[3].split(" \\|\\| ");
            String[] lines = f[5].split(",");
            String precision = f[4].toLowerCase(Locale.ROOT);
            boolean all = true;
            for (int i = 0; i < files.length; i++) {
                String id = files[i].trim().replaceFirst("\\.txt$", "");
                String text = texts.get(id);
                if (text == null) {
                    throw new IllegalStateException("no article " + id);
                }
                Item item = judge(
                        r,
                        id,
                        text,
                        exprs[i].trim(),
                        Integer.parseInt(lines[i].trim()),
                        f[0],
                        gold,
                        precision,
                        resolve.apply(text, id),
                        sameLine(rows, id, lines[i].trim()));
                items.add(item);
                all &= item.right();
            }
            if (all) {
                rowsRight++;
            }
        }
        return new Result(items, rows.size() - 1, rowsRight);
    }

    private static Item judge(
            int row,
            String id,
            String text,
            String expr,
            int lineNo,
            String goldValue,
            DateRange gold,
            String precision,
            List<TimeExpression> found,
            List<String> sameLine) {
        String[] lines = text.split("\n", -1);
        int offset = 0;
        for (int i = 0; i < lineNo - 1; i++) {
            offset += lines[i].length() + 1;
        }
        String line = lines[lineNo - 1];
        int at = line.indexOf(expr);
        // an expression inside a longer gold expression of the same line ("later" in "later that day") is
        // the next occurrence
        for (String other : sameLine) {
            int o = line.indexOf(other);
            if (at >= 0
                    && other.length() > expr.length()
                    && other.contains(expr)
                    && o >= 0
                    && o <= at
                    && at < o + other.length()) {
                at = line.indexOf(expr, o + other.length());
            }
        }
        if (at < 0) {
            throw new IllegalStateException("\"" + expr + "\" not in line " + lineNo + " of " + id);
        }
        int start = offset + at;
        int end = start + expr.length();
        TimeExpression hit = found.stream()
                .filter(e -> e.span().start() < end && start < e.span().end())
                .findFirst()
                .orElse(null);
        if (hit == null) {
            return new Item(row, id, expr, goldValue, false, "-");
        }
        return new Item(row, id, expr, goldValue, right(hit, gold, precision), hit.text() + "=" + hit.value());
    }

    /** Every gold expression of the given file and line. */
    private static List<String> sameLine(List<String> rows, String id, String lineNo) {
        List<String> out = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            String[] files = f[2].split(",");
            String[] exprs = f[3].split(" \\|\\| ");
            String[] lines = f[5].split(",");
            for (int i = 0; i < files.length; i++) {
                if (files[i].trim().startsWith(id) && lines[i].trim().equals(lineNo)) {
                    out.add(exprs[i].trim());
                }
            }
        }
        return out;
    }

    /** Right when the found range lies inside the gold one, or holds it at a precision the gold row names. */
    private static boolean right(TimeExpression e, DateRange gold, String precision) {
        DateRange r = e.range();
        if (r == null) {
            return false;
        }
        if (gold.contains(r)) {
            return true;
        }
        return r.contains(gold) && precision.contains(e.precision().name().toLowerCase(Locale.ROOT));
    }

    static DateRange range(String iso) {
        String[] parts = iso.split("/");
        DateRange first = point(parts[0]);
        return parts.length == 1
                ? first
                : new DateRange(first.first(), point(parts[1]).last());
    }

    private static DateRange point(String s) {
        return switch (s.length()) {
            case 4 -> new DateRange(LocalDate.of(Integer.parseInt(s), 1, 1), LocalDate.of(Integer.parseInt(s), 12, 31));
            case 7 -> {
                LocalDate d = LocalDate.parse(s + "-01");
                yield new DateRange(d, d.plusMonths(1).minusDays(1));
            }
            default -> DateRange.of(LocalDate.parse(s));
        };
    }

    static java.util.Optional<Path> seedDir() {
        return TimexScores.evalDir().map(p -> p.resolve("ceasefire-2025"));
    }

    private static List<String> read(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the seed figures with the given publication dates and with none. */
    public static void main(String[] args) {
        Path seed = TimexScores.evalDir().orElseThrow().resolve("ceasefire-2025");
        Map<String, LocalDate> published = TimexScores.docs(seed.resolve("articles.jsonl")).stream()
                .filter(d -> d.published() != null)
                .collect(Collectors.toMap(TimexScores.Doc::id, d -> java.util.Objects.requireNonNull(d.published())));
        RuleTimeFinder finder = new RuleTimeFinder();
        Result given = score(seed, (text, id) -> finder.find(text, published.get(id)));
        System.out.println("published dates: " + given);
        given.items().forEach(i -> System.out.println((i.right() ? "  ok   " : "  MISS ") + i));
        Result inferred = score(seed, (text, id) -> finder.analyse(text, null).expressions());
        System.out.println("no dates (inferred): " + inferred);
        for (String id : published.keySet().stream().sorted().toList()) {
            System.out.println("  " + id + " inferred reference "
                    + finder.analyse(
                                    java.util.Objects.requireNonNull(texts(seed).get(id)), null)
                            .reference());
        }
    }

    private static Map<String, String> texts(Path seed) {
        return TimexScores.docs(seed.resolve("articles.jsonl")).stream()
                .collect(Collectors.toMap(TimexScores.Doc::id, TimexScores.Doc::text));
    }
}

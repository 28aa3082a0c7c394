package io.storyline.eval;

import io.storyline.digest.TimelineEntry;
import io.storyline.time.DateRange;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a story's timeline against a {@code timeline.tsv} gold file (columns {@code date, event, files,
 * time_expressions, precision, …}; files comma-separated, expressions {@code " || "}-separated and
 * parallel to the files). A gold row is found when a timeline entry supported by one of the row's files,
 * through one of the row's expressions for that file, has the row's date: the same days, or, for a row
 * whose precision is a range, week or season, days inside the gold interval. Stateless.
 */
public final class TimelineScores {

    private TimelineScores() {}

    /**
     * One gold row and whether it was found.
     *
     * @param date the gold date
     * @param event the gold event description
     * @param found whether an entry matched
     * @param got the dates found for the row's expressions (for error analysis)
     */
    public record Row(String date, String event, boolean found, List<String> got) {
        public Row {
            got = List.copyOf(got);
        }
    }

    /**
     * The scores.
     *
     * @param rows every gold row
     */
    public record Scores(List<Row> rows) {
        public Scores {
            rows = List.copyOf(rows);
        }

        public long found() {
            return rows.stream().filter(Row::found).count();
        }

        public double recall() {
            return rows.isEmpty() ? 0 : (double) found() / rows.size();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "timeline rows found %d of %d (%.3f)", found(), rows.size(), recall());
        }
    }

    /** Scores {@code timeline} against the gold file. */
    public static Scores score(Path timelineTsv, List<TimelineEntry> timeline) {
        List<Row> rows = new ArrayList<>();
        for (String[] r : GoldTsv.rows(timelineTsv)) {
            if (r.length < 5) {
                throw new IllegalArgumentException(
                        timelineTsv + ": a row has " + r.length + " columns, expected 5 or more");
            }
            DateRange gold = range(r[0]);
            boolean loose = r[4].startsWith("range") || r[4].startsWith("week") || r[4].startsWith("season");
            String[] files = r[2].split(",");
            String[] expressions = r[3].split(" \\|\\| ");
            boolean found = false;
            List<String> got = new ArrayList<>();
            for (int i = 0; i < files.length; i++) {
                String article = files[i].strip().replaceFirst("\\.txt$", "");
                String expression =
                        expressions[Math.min(i, expressions.length - 1)].strip().toLowerCase(Locale.ROOT);
                for (TimelineEntry e : timeline) {
                    for (TimelineEntry.Support s : e.support()) {
                        String t = s.text().toLowerCase(Locale.ROOT);
                        if (!s.article().equals(article) || !(expression.contains(t) || t.contains(expression))) {
                            continue;
                        }
                        got.add(e.date());
                        DateRange f = e.range();
                        boolean same = f.equals(gold);
                        boolean inside =
                                !f.first().isBefore(gold.first()) && !f.last().isAfter(gold.last());
                        found |= same || (loose && inside);
                    }
                }
            }
            rows.add(new Row(r[0], r[1], found, got));
        }
        return new Scores(rows);
    }

    /** The days a gold date covers: {@code 2025-03-12}, {@code 2025-03}, {@code 2024}, or {@code A/B}. */
    static DateRange range(String date) {
        int slash = date.indexOf('/');
        if (slash > 0) {
            return new DateRange(
                    range(date.substring(0, slash)).first(),
                    range(date.substring(slash + 1)).last());
        }
        return switch (date.length()) {
            case 4 ->
                new DateRange(LocalDate.of(Integer.parseInt(date), 1, 1), LocalDate.of(Integer.parseInt(date), 12, 31));
            case 7 -> {
                YearMonth m = YearMonth.parse(date);
                yield new DateRange(m.atDay(1), m.atEndOfMonth());
            }
            default -> new DateRange(LocalDate.parse(date), LocalDate.parse(date));
        };
    }
}

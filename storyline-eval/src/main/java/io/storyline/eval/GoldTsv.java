package io.storyline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated gold files of the evaluation sets ({@code gold-stories.tsv}, {@code
 * gold/claims.tsv}, {@code pairs.tsv}, …): the first line is a header, blank lines are skipped, every
 * other line is split on tabs with empty fields kept. One reader for every set. Stateless.
 */
public final class GoldTsv {

    private GoldTsv() {}

    /** The rows of {@code file} after its header, each split on tabs. */
    public static List<String[]> rows(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    /** The rows of {@code file}, each checked to hold at least {@code fields} fields (the error names the line). */
    public static List<String[]> rows(Path file, int fields) {
        List<String[]> rows = rows(file);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).length < fields) {
                throw new IllegalArgumentException(file + " row " + (i + 1) + ": expected at least " + fields
                        + " tab-separated fields, got " + rows.get(i).length);
            }
        }
        return rows;
    }
}

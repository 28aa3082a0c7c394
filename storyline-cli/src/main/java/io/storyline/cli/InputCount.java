package io.storyline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Estimates how many articles some inputs hold (files, and lines of JSON Lines files) for the progress bar. */
final class InputCount {

    private InputCount() {}

    static long estimate(List<Path> paths) {
        long n = 0;
        for (Path p : paths) {
            try {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.walk(p)) {
                        n += s.filter(Files::isRegularFile)
                                .mapToLong(InputCount::ofFile)
                                .sum();
                    }
                } else if (Files.isRegularFile(p)) {
                    n += ofFile(p);
                }
            } catch (IOException | UncheckedIOException e) {
                // the reader reports unreadable inputs; the estimate just leaves them out
            }
        }
        return n;
    }

    private static long ofFile(Path f) {
        if (!f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            return 1;
        }
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(Files.newInputStream(f), StandardCharsets.UTF_8))) {
            long lines = 0;
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    lines++;
                }
            }
            return lines;
        } catch (IOException | UncheckedIOException e) {
            return 1;
        }
    }
}

package io.storyline.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shared evaluation sets, for tests: where they are and their gold stories. */
final class DevSets {

    private DevSets() {}

    static Path eval() {
        String prop = System.getProperty("storyline.shared");
        for (Path p :
                List.of(Path.of(prop == null ? "../shared" : prop), Path.of("../shared"), Path.of("../../shared"))) {
            if (Files.isDirectory(p.resolve("eval/ceasefire-2025"))) {
                return p.resolve("eval");
            }
        }
        return Path.of("../shared/eval");
    }

    /** Article id → gold story of {@code set}. */
    static Map<String, String> gold(String set) {
        Path file = eval().resolve(set).resolve("gold-stories.tsv");
        Map<String, String> gold = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length >= 2) {
                    gold.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gold;
    }
}

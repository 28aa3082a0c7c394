package io.storyline.eval;

import io.storyline.core.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ECB+ cross-document event chains ({@code gold/events.tsv} of an ECB+ folder) as gold claims:
 * each chain's sentences, in every file it reaches ({@code all_sentence_spans}), are the spans that
 * state it. A row that does not parse fails with the file, line and reason. Stateless.
 */
public final class EventGold {

    private EventGold() {}

    /** The chains of {@code file}, in file order. */
    public static List<ClaimAgreement.GoldClaim> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty: expected a header row");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int chain = column(header, "chain_id", file);
        int label = column(header, "label", file);
        int files = column(header, "files", file);
        int spans = column(header, "all_sentence_spans", file);
        List<ClaimAgreement.GoldClaim> out = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            String[] row = lines.get(n).split("\t", -1);
            try {
                out.add(chain(row[chain], row[label], row[files], row[spans]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + " line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static ClaimAgreement.GoldClaim chain(String id, String label, String files, String spans) {
        String[] f = files.split(",");
        String[] s = spans.split(",");
        if (f.length != s.length) {
            throw new IllegalArgumentException(f.length + " files but " + s.length + " span lists in chain " + id);
        }
        Map<String, List<Span>> byArticle = new HashMap<>();
        for (int i = 0; i < f.length; i++) {
            for (String part : s[i].split("\\+")) {
                int colon = part.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("span must be start:end, got \"" + part + "\"");
                }
                Span span = new Span(
                        Integer.parseInt(part.substring(0, colon).strip()),
                        Integer.parseInt(part.substring(colon + 1).strip()));
                byArticle.computeIfAbsent(f[i].strip(), k -> new ArrayList<>()).add(span);
            }
        }
        return new ClaimAgreement.GoldClaim(id, label, byArticle);
    }

    private static int column(List<String> header, String name, Path file) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(file + " has no column " + name + " (header: " + header + ")");
        }
        return i;
    }

    /**
     * {@code k} folds of the topics of {@code articleIds}: topics in numeric order (others after them,
     * by name), the i-th into fold i mod k. Deterministic, so every command uses the same folds.
     */
    public static List<java.util.Set<String>> folds(java.util.Collection<String> articleIds, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got " + k);
        }
        List<String> topics = new ArrayList<>(new java.util.TreeSet<>(
                articleIds.stream().map(EventGold::topic).toList()));
        topics.sort(java.util.Comparator.comparingInt(EventGold::number).thenComparing(t -> t));
        List<java.util.Set<String>> out = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            out.add(new java.util.HashSet<>());
        }
        for (int i = 0; i < topics.size(); i++) {
            out.get(i % k).add(topics.get(i));
        }
        return out;
    }

    private static int number(String topic) {
        try {
            return Integer.parseInt(topic);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The ECB+ topic of an article id ({@code 12_3ecbplus} → {@code 12}): the text before the first '_'. */
    public static String topic(String articleId) {
        int u = articleId.indexOf('_');
        return u < 0 ? articleId : articleId.substring(0, u);
    }
}

package io.storyline.cli;

import io.storyline.core.Article;
import io.storyline.eval.SharedEval;
import io.storyline.ingest.InputReader;
import io.storyline.ingest.ReadResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Reads the evaluation sets' uniform format: {@code articles.jsonl} and {@code gold-stories.tsv}. */
final class EvalSets {

    private EvalSets() {}

    /**
     * The articles of {@code dir}, in a fixed stream order: by publication date, undated ones last,
     * ties broken by a hash of the id (so that a set stored grouped by story is not fed in that
     * convenient order).
     */
    static List<Article> articles(Path dir) {
        Path file = dir.resolve("articles.jsonl");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no articles.jsonl in " + dir);
        }
        List<Article> out = new ArrayList<>();
        for (ReadResult r : new InputReader().readAll(List.of(file))) {
            if (r instanceof ReadResult.Read read) {
                out.add(read.article());
            } else {
                throw new IllegalArgumentException("evaluation set " + dir + " has a bad record: " + r);
            }
        }
        return sort(out);
    }

    /** {@code articles} in the stream order of {@link #articles}: by date, undated last, then by a hash of the id. */
    static List<Article> sort(List<Article> articles) {
        List<Article> out = new ArrayList<>(articles);
        out.sort(Comparator.comparing((Article a) ->
                        a.published() == null ? "9999" : a.published().toString())
                .thenComparing(a -> hash(a.id())));
        return out;
    }

    /** Article id → gold story id, from {@code dir/gold-stories.tsv}. */
    static Map<String, String> goldStories(Path dir) {
        return SharedEval.storyOf(dir.resolve("gold-stories.tsv"));
    }

    private static String hash(String id) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared evaluation folder: the option if given, else ../shared/eval or shared/eval from here. */
    static Path sharedEval(Path option) {
        if (!option.toString().isEmpty()) {
            return option;
        }
        for (String c : List.of("../shared/eval", "shared/eval", "../../shared/eval")) {
            Path p = Path.of(c);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("../shared/eval");
    }
}

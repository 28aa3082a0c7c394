package io.storyline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.store.ArticleCodec;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Loads the result of a Spark run ({@code storyline spark ... --out DIR}) into a data directory, so
 * that {@code serve}, {@code stories}, {@code export} and the rest show it. Reads the job's {@code
 * store-docs/} text files (the store's own article documents, one per line, story set by the job):
 * no Spark or Parquet needed. Articles already stored with the same text are left alone; one stored
 * with another text is skipped with that reason.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "import",
        description = "Load a Spark run's output directory (storyline spark ... --out DIR) into the data directory.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataOptions data = new DataOptions();

    @Parameters(paramLabel = "DIR", description = "The --out directory of a storyline spark run.")
    Path dir = Path.of(".");

    @Option(names = "--no-embeddings", description = "Digest stories without MiniLM (faster; words only).")
    boolean noEmbeddings;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path docs = dir.resolve("store-docs");
        if (!Files.isDirectory(docs)) {
            err.printf("storyline import: %s has no store-docs/ directory; is it the --out of a spark run?%n", dir);
            return 1;
        }
        ArticleCodec codec = new ArticleCodec();
        ObjectMapper json = new ObjectMapper();
        int stored = 0;
        int unchanged = 0;
        List<String> skipped = new ArrayList<>();
        Set<String> stories = new LinkedHashSet<>();
        try (Store store = Store.open(data.data)) {
            for (Path part : parts(docs)) {
                try (BufferedReader r = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.isBlank()) {
                            continue;
                        }
                        StoredArticle a = codec.read(line, story(json, line, part));
                        String known = store.contentHash(a.id()).orElse(null);
                        if (a.contentHash().equals(known)) {
                            unchanged++;
                        } else if (known != null) {
                            skipped.add(a.id() + ": already stored with a different text");
                        } else {
                            store.put(a);
                            stories.add(a.story());
                            stored++;
                        }
                    }
                }
            }
            try (Views views = Views.open(!noEmbeddings, store)) {
                int digested = views.digests()
                        .refresh(store, stories, Runtime.getRuntime().availableProcessors());
                out.printf(
                        "imported %d articles (%d already stored unchanged, %d skipped) into %d stories; %d digested%n",
                        stored, unchanged, skipped.size(), stories.size(), digested);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + docs + ": " + e.getMessage(), e);
        }
        skipped.stream().limit(50).forEach(s -> err.println("  skipped " + s));
        return skipped.isEmpty() ? 0 : 3;
    }

    private static List<Path> parts(Path docs) throws IOException {
        try (Stream<Path> s = Files.list(docs)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .toList();
        }
    }

    private static String story(ObjectMapper json, String line, Path part) {
        try {
            JsonNode story = json.readTree(line).get("story");
            if (story == null || story.asText().isEmpty()) {
                throw new IllegalArgumentException("an article in " + part + " has no story; not a spark run's output");
            }
            return story.asText();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(part + " holds a line that is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}

package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.store.ArticleCodec;
import io.storyline.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code storyline import} over a Spark run's layout: {@code store-docs/part-*} holding the store's
 * article documents with their stories (here written from a store that {@code analyze} filled).
 */
class ImportCommandTest {

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path tmp;

    @Test
    void importsTheStoriesOfASparkRunAndLeavesThemAloneTheSecondTime() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "The Orrin bridge in Tamsford reopened on Friday after repairs.");
        Files.writeString(in.resolve("b.txt"), "Mayor Sela Wren opened the new tram line in Kestrel on Monday.");
        Path source = tmp.resolve("source");
        assertThat(Main.run("analyze", in.toString(), "--data", source.toString(), "--no-embeddings", "--no-progress"))
                .isZero();
        Path run = Files.createDirectories(tmp.resolve("run/store-docs"));
        List<String> lines = new ArrayList<>();
        ArticleCodec codec = new ArticleCodec();
        try (Store s = Store.open(source)) {
            s.forEach(a -> lines.add(codec.write(a)));
        }
        Files.write(run.resolve("part-00000"), lines, StandardCharsets.UTF_8);

        Path data = tmp.resolve("data");
        String[] args = {"import", tmp.resolve("run").toString(), "--data", data.toString(), "--no-embeddings"};
        assertThat(Main.run(args)).isZero();
        try (Store imported = Store.open(data);
                Store original = Store.open(source)) {
            assertThat(imported.stories()).isEqualTo(original.stories());
            assertThat(imported.digestCount()).isEqualTo(original.stories().size());
        }
        assertThat(Main.run(args)).isZero();
        try (Store imported = Store.open(data)) {
            assertThat(imported.size()).isEqualTo(2);
        }
    }

    @Test
    void aDirectoryWithoutStoreDocsIsAFailureThatSaysWhy() {
        assertThat(Main.run(
                        "import", tmp.toString(), "--data", tmp.resolve("data").toString()))
                .isEqualTo(1);
    }
}

package io.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.digest.StoryDigest;
import io.storyline.digest.StoryDigester;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCrashTest {

    @TempDir
    Path dir;

    @Test
    void killedRunLeavesAStoreThatOpensWithOnlyWholeArticles() throws Exception {
        Process p = child(CrashLoader.class);
        int stored = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (stored < 150 && (line = r.readLine()) != null) {
                if (line.startsWith("stored ")) {
                    stored++;
                }
            }
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(stored).as("the child stored articles before it was killed").isEqualTo(150);
        List<String> broken = new ArrayList<>();
        int[] count = {0};
        try (Store store = Store.open(dir)) {
            store.forEach(a -> {
                count[0]++;
                int i = Integer.parseInt(a.id().substring("crash-".length()));
                if (!a.article().text().equals(CrashLoader.text(i)) || a.story().isEmpty()) {
                    broken.add(a.id());
                }
            });
            assertThat(store.stories().values().stream().mapToInt(List::size).sum())
                    .isEqualTo(count[0]);
        }
        assertThat(count[0]).isGreaterThanOrEqualTo(150);
        assertThat(broken).isEmpty();
    }

    @Test
    void killedDigestWriteLeavesTheOldOrTheNewDigest() throws Exception {
        Process p = child(CrashDigestWriter.class);
        int written = 0;
        List<String> other = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (written < 300 && (line = r.readLine()) != null) {
                if (line.startsWith("wrote ")) {
                    written++;
                } else {
                    other.add(line);
                }
            }
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(written)
                .as("the child replaced the digest before it was killed; it said: %s", String.join(" | ", other))
                .isEqualTo(300);
        try (Store store = Store.open(dir)) {
            String story = store.article("bridge-a").orElseThrow().story();
            Store.StoredDigest stored = store.digestRows().digest(story).orElseThrow();
            assertThat(stored.basis()).isIn("basis 0", "basis 1");
            List<StoredArticle> articles = store.story(story);
            StoryDigests digests = new StoryDigests(new StoryDigester(null));
            StoryDigest expected = stored.basis().equals("basis 0")
                    ? digests.of(articles.stream()
                            .filter(a -> a.id().equals("bridge-a"))
                            .toList())
                    : digests.of(articles);
            assertThat(new DigestCodec().read(stored.doc(), "story " + story)).isEqualTo(expected);
        }
    }

    /** Starts {@code main} in a child JVM on this test's class path, writing to {@link #dir}. */
    private Process child(Class<?> main) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), main.getName(), dir.toString())
                .redirectErrorStream(true)
                .start();
    }
}

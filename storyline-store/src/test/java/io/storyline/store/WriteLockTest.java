package io.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyline.cluster.AssemblyOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer at a time: a second is refused with a message naming the first; a killed writer frees the lock. */
class WriteLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondWriterInTheSameProcessIsRefusedUntilTheFirstCloses() {
        try (Store store = Store.open(dir);
                ArticleLoader first = ArticleLoader.open(store, TestPipelines.light(), AssemblyOptions.defaults(), 1);
                ArticleLoader second =
                        ArticleLoader.open(store, TestPipelines.light(), AssemblyOptions.defaults(), 1)) {
            try (ArticleLoader.Session s = first.session(new LoadListener() {})) {
                s.accept(Fixtures.firstBatch().get(0));
                assertThatThrownBy(() -> second.session(new LoadListener() {}))
                        .isInstanceOf(WriterBusyException.class)
                        .hasMessageContaining("another writer holds " + dir)
                        .hasMessageContaining("pid " + ProcessHandle.current().pid())
                        .hasMessageContaining("one process writes to a data directory at a time");
            }
            try (ArticleLoader.Session s = second.session(new LoadListener() {})) {
                s.accept(Fixtures.firstBatch().get(1));
            }
            assertThat(store.size()).isEqualTo(2);
            assertThat(store.storyIds())
                    .as("the second writer restored the first's story")
                    .hasSize(2);
        }
    }

    @Test
    void aWriterInAnotherProcessIsNamedAndItsDeathFreesTheLock() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && !line.equals("locked")) {
                // the child's start-up chatter
            }
            assertThat(line).isEqualTo("locked");
            try (Store store = Store.open(dir)) {
                assertThatThrownBy(store::lockForWriting)
                        .isInstanceOf(WriterBusyException.class)
                        .hasMessageContaining("pid " + p.pid());
                p.destroyForcibly(); // SIGKILL: no chance to release anything
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                try (WriteLock lock = store.lockForWriting()) {
                    assertThat(lock).isNotNull();
                }
            }
        } finally {
            p.destroyForcibly();
        }
    }
}

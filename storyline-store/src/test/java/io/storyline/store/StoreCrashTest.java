package io.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx1g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashLoader.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
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
}

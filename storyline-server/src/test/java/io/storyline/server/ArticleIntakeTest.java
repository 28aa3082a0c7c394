package io.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analysis.Pipeline;
import io.storyline.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies posted while another is being added are added together, in arrival order, with the results each
 * would have had alone; a body repeating an article of an earlier body of its group gets "unchanged".
 */
class ArticleIntakeTest {

    @TempDir
    Path dir;

    private static byte[] article(String id, String words) {
        return ("{\"id\":\"" + id + "\",\"title\":\"Quay " + words + "\",\"published\":\"2031-04-02\",\"outlet\":"
                        + "\"Test Wire\",\"text\":\"The council of Ardmore said on Tuesday the quay would " + words
                        + ". Harbour staff said the work would take two weeks.\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] both(byte[] a, byte[] b) {
        return ("[" + new String(a, StandardCharsets.UTF_8) + "," + new String(b, StandardCharsets.UTF_8) + "]")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void bodiesPostedMeanwhileAreAddedTogetherWithTheResultsEachWouldHaveAlone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Pipeline loaded = TestData.pipeline();
        // the first body's thread waits here, inside its session, while the others queue up
        Supplier<Pipeline> held = () -> {
            try {
                assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return loaded;
        };
        ExecutorService posters = Executors.newFixedThreadPool(4);
        try (Store store = Store.open(dir.resolve("data"));
                ArticleIntake intake = new ArticleIntake(store, held, 2, 1 << 20)) {
            Future<List<ArticleIntake.Item>> a = posters.submit(() -> intake.add(article("x0", "close in June")));
            Future<List<ArticleIntake.Item>> b = null;
            Future<List<ArticleIntake.Item>> c = null;
            Future<List<ArticleIntake.Item>> d = null;
            byte[] x1 = article("x1", "reopen in July");
            byte[] bodyB = x1;
            byte[] bodyC = both(x1, article("x2", "get new cranes"));
            byte[] bodyD = article("x3", "host a fair");
            for (int queued = 0; queued < 3; queued++) {
                byte[] body = queued == 0 ? bodyB : queued == 1 ? bodyC : bodyD;
                Future<List<ArticleIntake.Item>> f = posters.submit(() -> intake.add(body));
                if (queued == 0) {
                    b = f;
                } else if (queued == 1) {
                    c = f;
                } else {
                    d = f;
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (intake.waiting() < queued + 1 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                assertThat(intake.waiting()).as("bodies queued").isEqualTo(queued + 1);
            }
            release.countDown();
            assertThat(a.get(60, TimeUnit.SECONDS))
                    .extracting(ArticleIntake.Item::status)
                    .containsExactly("stored");
            List<ArticleIntake.Item> fromB = java.util.Objects.requireNonNull(b).get(60, TimeUnit.SECONDS);
            List<ArticleIntake.Item> fromC = java.util.Objects.requireNonNull(c).get(60, TimeUnit.SECONDS);
            List<ArticleIntake.Item> fromD = java.util.Objects.requireNonNull(d).get(60, TimeUnit.SECONDS);
            assertThat(fromB).extracting(ArticleIntake.Item::status).containsExactly("stored");
            assertThat(fromC).extracting(ArticleIntake.Item::status).containsExactly("unchanged", "stored");
            assertThat(fromC.get(0).story()).isEqualTo(fromB.get(0).story()).isNotNull();
            assertThat(fromD).extracting(ArticleIntake.Item::status).containsExactly("stored");
            assertThat(fromD.get(0).id()).isEqualTo("x3");
            // A alone, then B; C repeats B's article, so it starts a session of its own, and D joins it
            assertThat(intake.counts()).containsExactly(3L, 4L);
            assertThat(store.size()).isEqualTo(4);
            assertThat(store.stories().values().stream().flatMap(List::stream).sorted())
                    .containsExactly("x0", "x1", "x2", "x3");
        } finally {
            posters.shutdownNow();
        }
    }
}

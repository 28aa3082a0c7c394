package io.storyline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.eval.TimexScores;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures the finder on tempeval3-train (TempEval-3 TimeBank + AQUAINT, DCT as reference date): detection by
 * overlap and value accuracy on the matched expressions, on the whole set and on its held-out half (articles
 * whose id hash is even; rules were developed looking at the other half's errors). Skipped when the shared
 * folder is absent.
 */
class TempEvalTest {

    @Test
    void detectsAndNormalisesTempEvalExpressions() {
        var dir = TimexScores.evalDir();
        assumeTrue(dir.isPresent(), "shared eval folder not found");
        Path set = dir.get().resolve("tempeval3-train");
        List<TimexScores.Doc> docs = TimexScores.docs(set.resolve("articles.jsonl"));
        Map<String, List<TimexScores.Gold>> gold = TimexScores.gold(set.resolve("gold-timex.jsonl"));
        RuleTimeFinder finder = new RuleTimeFinder(TimeFinderOptions.timeBank());
        TimexScores.score(finder, docs, gold, id -> true); // warm-up, so that the speed figure is not the JIT's
        TimexScores.Scores all = TimexScores.score(finder, docs, gold, id -> true);
        TimexScores.Scores dev = TimexScores.score(finder, docs, gold, id -> !TimexScores.heldOut(id));
        TimexScores.Scores held = TimexScores.score(finder, docs, gold, TimexScores::heldOut);
        System.out.printf("tempeval3-train all (%d articles): %s%n", docs.size(), all);
        System.out.printf("tempeval3-train development half: %s%n", dev);
        System.out.printf("tempeval3-train held-out half: %s%n", held);
        System.out.printf("tempeval3-train speed: %.0f articles/s%n", docs.size() / (all.nanos() / 1e9));
        assertThat(all.gold()).isEqualTo(1822);
        assertThat(all.f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(all.valueAccuracy()).isGreaterThanOrEqualTo(0.82);
        assertThat(held.f1()).isGreaterThanOrEqualTo(0.89);
        assertThat(held.valueAccuracy()).isGreaterThanOrEqualTo(0.82);
    }
}

package io.storyline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.eval.TimexScores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seed story's timeline expressions ({@code gold/timeline.tsv}), resolved against the publication dates
 * of {@code articles.jsonl} (the anchor dates of the gold notes), and again with no dates at all (inferred
 * references). Skipped when the shared folder is absent.
 */
class SeedTimelineTest {

    private final RuleTimeFinder finder = new RuleTimeFinder();

    @Test
    void resolvesTheSeedTimelineExpressionsAtTheGoldPrecision() {
        var dir = SeedTimelineEval.seedDir();
        assumeTrue(dir.isPresent(), "shared eval folder not found");
        Path seed = dir.get();
        Map<String, LocalDate> published = TimexScores.docs(seed.resolve("articles.jsonl")).stream()
                .filter(d -> d.published() != null)
                .collect(Collectors.toMap(TimexScores.Doc::id, d -> Objects.requireNonNull(d.published())));
        assertThat(published).hasSize(5);
        SeedTimelineEval.Result result =
                SeedTimelineEval.score(seed, (text, id) -> finder.find(text, published.get(id)));
        System.out.println("seed timeline, publication dates given: " + result);
        result.items().stream().filter(i -> !i.right()).forEach(i -> System.out.println("  missed: " + i));
        SeedTimelineEval.Result inferred = SeedTimelineEval.score(
                seed, (text, id) -> finder.analyse(text, null).expressions());
        System.out.println("seed timeline, no publication dates (inferred references): " + inferred);

        assertThat((double) result.rowsRight() / result.rows()).isGreaterThanOrEqualTo(0.80);
        assertThat(result.items())
                .filteredOn(i -> i.file().startsWith("003_") && i.expression().equals("In August"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.found()).endsWith("=2024-08");
                    assertThat(i.right()).isTrue();
                });
    }
}

package io.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringTest {

    @Test
    void perfectClusteringScoresOne() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
        Clustering.Scores s = Clustering.score(Map.of("a", "1", "b", "1", "c", "2"), gold);
        assertThat(s.bcubedF1()).isEqualTo(1.0);
        assertThat(s.pairF1()).isEqualTo(1.0);
    }

    @Test
    void mergingTwoClustersLosesPrecision() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
        Clustering.Scores s = Clustering.score(Map.of("a", "1", "b", "1", "c", "1", "d", "1"), gold);
        assertThat(s.bcubedPrecision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.bcubedRecall()).isEqualTo(1.0);
        assertThat(s.pairPrecision()).isCloseTo(2 / 6.0, within(1e-9));
    }

    @Test
    void emptyInputScoresZero() {
        Clustering.Scores s = Clustering.score(Map.of(), Map.of());
        assertThat(s.items()).isZero();
        assertThat(s.bcubedF1()).isZero();
    }
}

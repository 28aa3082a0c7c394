package io.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdfTableTest {

    private static ArticleFeatures article(String id, int from, int to) {
        Map<String, Integer> terms = new HashMap<>();
        for (int i = from; i < to; i++) {
            terms.put("t" + i, 1);
        }
        return new ArticleFeatures(id, null, terms, Map.of(), Map.of(), null, null);
    }

    @Test
    void idfIsTheFormulaOverTheArticlesCounted() {
        IdfTable t = new IdfTable(100, null);
        t.count(article("a", 0, 2));
        t.count(article("b", 1, 3));
        assertThat(t.idf("t1")).isEqualTo(Math.log((2 + 100 + 1.0) / (2 + 1.0)) + 1.0);
        assertThat(t.idf("t0")).isEqualTo(Math.log((2 + 100 + 1.0) / (1 + 1.0)) + 1.0);
        assertThat(t.idf("never")).isEqualTo(Math.log((2 + 100 + 1.0) / (0 + 1.0)) + 1.0);
    }

    @Test
    void countsEveryKeyWhenTheTableGrows() {
        IdfTable t = new IdfTable(0, null);
        t.count(article("a", 0, 3000));
        t.count(article("b", 2000, 5000));
        double once = Math.log((2 + 0 + 1.0) / (1 + 1.0)) + 1.0;
        double twice = Math.log((2 + 0 + 1.0) / (2 + 1.0)) + 1.0;
        for (int i : List.of(0, 1023, 1024, 1999, 4999)) {
            assertThat(t.idf("t" + i)).as("t" + i).isEqualTo(once);
        }
        for (int i : List.of(2000, 2047, 2048, 2999)) {
            assertThat(t.idf("t" + i)).as("t" + i).isEqualTo(twice);
        }
    }

    @Test
    void fixedFrequenciesDoNotMoveWithCounting() {
        IdfTable t = new IdfTable(0, new StoryAssembler.Frequencies(9, Map.of("t0", 2)));
        double before = t.idf("t0");
        t.count(article("a", 0, 2));
        assertThat(t.idf("t0")).isEqualTo(before).isEqualTo(Math.log((9 + 0 + 1.0) / (2 + 1.0)) + 1.0);
        assertThat(t.idf("t1")).isEqualTo(Math.log(10.0) + 1.0);
    }

    @Test
    void largeDocumentFrequenciesGetTheFormulaToo() {
        IdfTable t = new IdfTable(100, new StoryAssembler.Frequencies(1_000_000, Map.of("big", 100_000, "small", 3)));
        assertThat(t.idf("big")).isEqualTo(Math.log((1_000_000 + 100 + 1.0) / (100_000 + 1.0)) + 1.0);
        assertThat(t.idf("small")).isEqualTo(Math.log((1_000_000 + 100 + 1.0) / (3 + 1.0)) + 1.0);
        assertThat(t.idf(t.id("big"))).isEqualTo(t.idf("big"));
    }
}

package io.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryVectorTest {

    @Test
    void normFollowsTheSumsAndTheIdf() {
        IdfTable idf = new IdfTable(0, null);
        idf.count(new ArticleFeatures("a", null, Map.of("x", 1, "y", 1), Map.of(), Map.of(), null, null));
        StoryVector v = new StoryVector();
        v.add("x", 0.5);
        double x = 0.5 * idf.idf("x");
        assertThat(v.norm2(idf)).isEqualTo(x * x);
        v.add("x", 0.25);
        v.add("y", 1.0);
        double x2 = 0.75 * idf.idf("x");
        double y = 1.0 * idf.idf("y");
        assertThat(v.norm2(idf)).isCloseTo(x2 * x2 + y * y, org.assertj.core.data.Offset.offset(1e-12));
        idf.count(new ArticleFeatures("b", null, Map.of("y", 1), Map.of(), Map.of(), null, null));
        double x3 = 0.75 * idf.idf("x");
        double y3 = 1.0 * idf.idf("y");
        assertThat(v.norm2(idf)).isCloseTo(x3 * x3 + y3 * y3, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void emptyVectorHasNormZero() {
        assertThat(new StoryVector().norm2(new IdfTable(0, null))).isZero();
    }
}

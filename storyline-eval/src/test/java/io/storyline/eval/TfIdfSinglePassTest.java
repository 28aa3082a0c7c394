package io.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TfIdfSinglePassTest {

    private static Article a(String id, String text) {
        return new Article(id, null, text, null, null, null, "en");
    }

    @Test
    void groupsArticlesThatShareRareWords() {
        List<Article> in = List.of(
                a("a1", "Dockworkers strike at the port of Valmora over night pay"),
                a("b1", "River floods villages in the Kestrel valley after storm"),
                a("a2", "Valmora dockworkers strike continues, port shut over pay"),
                a("b2", "Kestrel valley villages evacuated as the river floods"));
        Map<String, String> c = TfIdfSinglePass.cluster(in, 0.2);
        assertThat(c.get("a1")).isEqualTo(c.get("a2"));
        assertThat(c.get("b1")).isEqualTo(c.get("b2"));
        assertThat(c.get("a1")).isNotEqualTo(c.get("b1"));
    }

    @Test
    void thresholdOfOneKeepsEveryArticleApart() {
        List<Article> in = List.of(a("a1", "strike at the port"), a("a2", "strike at the port today"));
        assertThat(TfIdfSinglePass.cluster(in, 1.01).values()).doesNotHaveDuplicates();
    }

    @Test
    void emptyInputGivesNoClusters() {
        assertThat(TfIdfSinglePass.cluster(List.of(), 0.3)).isEmpty();
    }
}

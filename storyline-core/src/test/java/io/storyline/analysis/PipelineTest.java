package io.storyline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storyline.core.Article;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineTest {

    @Test
    void rejectsAStageWhoseInputNoEarlierStageProvides() {
        var e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(List.of(new NameStage())));
        assertThat(e.getMessage())
                .contains("'names' needs SENTENCES")
                .contains("put a stage that provides SENTENCES before 'names'");
    }

    @Test
    void runsStagesInOrderAndRecordsTheirFacets() {
        ArticleStage fake = new ArticleStage() {
            @Override
            public String name() {
                return "fake-terms";
            }

            @Override
            public java.util.Set<Facet> needs() {
                return java.util.Set.of(Facet.TEXT);
            }

            @Override
            public java.util.Set<Facet> provides() {
                return java.util.Set.of(Facet.TERMS);
            }

            @Override
            public AnalyzedArticle apply(AnalyzedArticle a) {
                return a.withTerms(Map.of("bridge", 2));
            }
        };
        StageTimes times = new StageTimes();
        AnalyzedArticle a = Pipeline.of(List.of(fake))
                .timed(times)
                .analyze(new Article("a1", null, "The bridge, the bridge.", null, null, null, null));
        assertThat(a.has(Facet.TERMS)).isTrue();
        assertThat(a.terms()).containsEntry("bridge", 2);
        assertThat(times.millis()).containsKey("fake-terms");
    }

    @Test
    void contentTextLeavesOutBoilerplate() {
        AnalyzedArticle a = AnalyzedArticle.of(
                        new Article("a1", null, "Body.\nSubscribe now\nMore.", null, null, null, null))
                .withBoilerplate(List.of(new io.storyline.core.Span(6, 19)));
        assertThat(a.contentText()).isEqualTo("Body.\n\nMore.");
    }

    @Test
    void emptyPipelineKeepsTheArticle() {
        Article art = new Article("a1", null, "Text.", null, null, null, null);
        assertThat(Pipeline.of(List.of()).analyze(art).article()).isEqualTo(art);
    }
}

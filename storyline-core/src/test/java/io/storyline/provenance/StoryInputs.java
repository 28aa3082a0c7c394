package io.storyline.provenance;

import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StandardPipeline;
import io.storyline.claims.ClaimInput;
import io.storyline.core.Article;
import java.time.LocalDate;

/** Test helper: an invented text analysed into the claim stage's input, dated in May 2031. */
final class StoryInputs {

    private static final Pipeline PIPELINE = StandardPipeline.create(new StandardPipeline.Options(false, 600));

    private StoryInputs() {}

    static ClaimInput input(String id, String text, int day) {
        return ClaimInput.from(
                PIPELINE.analyze(new Article(id, null, text, LocalDate.of(2031, 5, day), null, null, "en")));
    }
}

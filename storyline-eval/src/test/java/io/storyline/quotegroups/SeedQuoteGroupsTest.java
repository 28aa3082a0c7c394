package io.storyline.quotegroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StandardPipeline;
import io.storyline.digest.StoryArticle;
import io.storyline.digest.StoryDigest;
import io.storyline.digest.StoryDigester;
import io.storyline.embed.MiniLmEmbedder;
import io.storyline.eval.Gates;
import io.storyline.eval.QuoteVariantScores;
import io.storyline.eval.SharedEval;
import io.storyline.speakers.SeedStory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed story end to end (pipeline, digester: canonical speakers and quote groups) scored by the
 * scorecard's own scorer against {@code gold/quote_variants.tsv}: V01–V10 must be grouped, V11–V13
 * (different speakers) must not.
 */
class SeedQuoteGroupsTest {

    @Test
    void seedQuoteVariants() {
        assumeTrue(SeedStory.dir().isPresent(), "shared eval folder not found");
        Path dir = SeedStory.dir().orElseThrow();
        Pipeline pipeline = StandardPipeline.create(new StandardPipeline.Options(false, 600));
        List<StoryArticle> story = SharedEval.articles(dir.resolve("articles.jsonl")).stream()
                .map(pipeline::analyze)
                .map(SeedQuoteGroupsTest::storyArticle)
                .toList();
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            StoryDigest digest = new StoryDigester(embedder).digest(story);
            QuoteVariantScores.Scores scores = QuoteVariantScores.score(dir.resolve("gold/quote_variants.tsv"), digest);
            scores.rows().forEach(System.out::println);
            System.out.println("seed quote variants: " + scores);
            // Issue 3 asks for 10 of 13; the scorecard's floor is the level reached, less one
            assertThat(scores.handled())
                    .isGreaterThanOrEqualTo(Gates.quotes("ceasefire-2025").variants());
        }
    }

    private static StoryArticle storyArticle(AnalyzedArticle a) {
        return new StoryArticle(a.article(), a.boilerplate(), a.names(), a.quotes(), a.times(), a.sentences());
    }
}

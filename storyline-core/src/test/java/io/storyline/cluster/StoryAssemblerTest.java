package io.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.embed.Embedding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryAssemblerTest {

    /** A model whose log-odds are -5 + 10 × term cosine (every other feature weighs nothing). */
    private static StoryPairModel termModel(double join, double merge) throws IOException {
        StringBuilder b = new StringBuilder("join\t" + join + "\nmerge\t" + merge + "\nbias\t-5\n");
        for (String f : StoryPairModel.FEATURES) {
            b.append(f).append("\t0\t1\t").append(f.equals("terms") ? 10 : 0).append('\n');
        }
        return StoryPairModel.read(new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static ArticleFeatures article(String id, String... terms) {
        Map<String, Integer> t = new java.util.HashMap<>();
        for (String w : terms) {
            t.put(w, 3);
        }
        // every article has the same embedding: the test model gives it no weight, but the pair model
        // decides only for embedded articles
        return new ArticleFeatures(id, null, t, Map.of(), Map.of(), null, Embedding.fromList(List.of(1f, 0f, 0f)));
    }

    @Test
    void articleThatBelongsToTwoStoriesMergesThem() throws IOException {
        StoryAssembler a = new StoryAssembler(AssemblyOptions.defaults(), termModel(0.5, 0.8));
        String s1 = a.add(article("a", "alpha", "beta")).story();
        String s2 = a.add(article("b", "gamma", "delta")).story();
        assertThat(s1).isNotEqualTo(s2);
        Assignment bridge = a.add(article("c", "alpha", "beta", "gamma", "delta"));
        assertThat(bridge.absorbed()).hasSize(1);
        assertThat(a.stories()).hasSize(1);
        assertThat(a.storyOf("a")).isEqualTo(a.storyOf("b"));
        assertThat(a.storyOf("c")).contains(bridge.story());
    }

    @Test
    void withoutMergeTheBridgeJoinsOneStory() throws IOException {
        StoryAssembler a = new StoryAssembler(AssemblyOptions.defaults(), termModel(0.5, 1.0));
        a.add(article("a", "alpha", "beta"));
        a.add(article("b", "gamma", "delta"));
        Assignment bridge = a.add(article("c", "alpha", "beta", "gamma", "delta"));
        assertThat(bridge.absorbed()).isEmpty();
        assertThat(a.stories()).hasSize(2);
    }

    @Test
    void articleWithoutEmbeddingIsPlacedByTheHandWeightedScore() throws IOException {
        StoryAssembler a = new StoryAssembler(AssemblyOptions.defaults(), termModel(0.5, 0.8));
        ArticleFeatures bare = new ArticleFeatures("x", null, Map.of("alpha", 3), Map.of(), Map.of(), null, null);
        assertThat(a.threshold(bare)).isEqualTo(AssemblyOptions.defaults().joinThreshold());
        assertThat(a.threshold(article("y", "alpha"))).isEqualTo(0.5);
    }

    @Test
    void observePlacesArticlesInTheirGivenStoriesAndLabelsTheCandidates() {
        StoryAssembler a = new StoryAssembler(AssemblyOptions.defaults());
        assertThat(a.observe(article("a", "alpha", "beta"), "x")).isEmpty();
        a.observe(article("b", "gamma", "delta"), "y");
        List<StoryAssembler.Example> ex = a.observe(article("c", "alpha", "beta", "gamma"), "x");
        assertThat(ex).extracting(StoryAssembler.Example::story).containsExactlyInAnyOrder("x", "y");
        assertThat(ex)
                .filteredOn(StoryAssembler.Example::joined)
                .extracting(StoryAssembler.Example::story)
                .containsExactly("x");
        assertThat(ex.get(0).features()).hasSize(StoryPairModel.FEATURES.size());
        assertThat(a.storyOf("c")).contains("x");
    }

    @Test
    void explainRanksTheStoryTheArticleWouldJoinFirst() throws IOException {
        StoryAssembler a = new StoryAssembler(AssemblyOptions.defaults(), termModel(0.5, 1.0));
        a.add(article("a", "alpha", "beta"));
        a.add(article("b", "gamma", "delta"));
        List<StoryAssembler.Candidate> c = a.explain(article("c", "alpha", "beta", "epsilon"));
        assertThat(c).isNotEmpty();
        assertThat(c.get(0).story()).isEqualTo(a.storyOf("a").orElseThrow());
        assertThat(c.get(0).score()).isGreaterThan(0.5);
    }
}

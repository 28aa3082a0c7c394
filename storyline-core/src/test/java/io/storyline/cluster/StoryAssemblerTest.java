package io.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.embed.Embedding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryAssemblerTest {

    /** A model whose log-odds are -5 + 10 × term cosine (every other feature weighs nothing). */
    private static StoryPairModel termModel(double join, double merge) throws IOException {
        return termModel(join, merge, -5);
    }

    /** A model whose log-odds are {@code bias} + 10 × term cosine. */
    private static StoryPairModel termModel(double join, double merge, double bias) throws IOException {
        StringBuilder b = new StringBuilder("join\t" + join + "\nmerge\t" + merge + "\nbias\t" + bias + "\n");
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
        StoryAssembler a = new StoryAssembler(AssemblyOptions.defaults().withRecluster(0), termModel(0.5, 0.8));
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
        StoryAssembler a = new StoryAssembler(AssemblyOptions.defaults().withRecluster(0), termModel(0.5, 1.0));
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

    @Test
    void reclusteringGivesTheSameStoriesWhicheverOfTwoStoriesCameFirst() throws IOException {
        // b is as close to a as to c (one shared word each); a and c share nothing
        AssemblyOptions on = AssemblyOptions.defaults().withRecluster(40);
        StoryPairModel m = termModel(0.5, 1.0, -4);
        List<Set<Set<String>>> partitions = new ArrayList<>();
        for (List<String> order : List.of(List.of("a", "c", "b"), List.of("c", "a", "b"))) {
            StoryAssembler a = new StoryAssembler(on, m);
            Map<String, ArticleFeatures> byId =
                    Map.of("a", article("a", "p", "q"), "b", article("b", "q", "r"), "c", article("c", "r", "s"));
            for (String id : order) {
                a.add(java.util.Objects.requireNonNull(byId.get(id)));
            }
            partitions.add(partition(a));
        }
        assertThat(partitions.get(0)).hasSize(2).isEqualTo(partitions.get(1));
    }

    @Test
    void reclusteringReportsEveryArticleItMoves() throws IOException {
        StoryPairModel m = termModel(0.5, 1.0, -4);
        int moves = 0;
        for (int seed = 0; seed < 20; seed++) {
            StoryAssembler a = new StoryAssembler(AssemblyOptions.defaults().withRecluster(40), m);
            java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
            Map<String, String> storyOf = new java.util.HashMap<>();
            for (int i = 0; i < 40; i++) {
                String[] words = new String[3];
                int topic = rnd.nextInt(4);
                for (int k = 0; k < words.length; k++) {
                    words[k] = "t" + (topic + rnd.nextInt(2)) + "w" + rnd.nextInt(4);
                }
                Assignment as = a.add(article("a" + i, words));
                storyOf.put(as.article(), as.story());
                storyOf.putAll(as.moved());
                moves += as.moved().size();
                as.absorbed().forEach(gone -> assertThat(a.stories()).doesNotContainKey(gone));
                // what the assignments said is where every article is
                storyOf.forEach((id, story) -> assertThat(a.storyOf(id)).contains(story));
            }
            assertThat(a.stories().values().stream().mapToInt(List::size).sum()).isEqualTo(40);
        }
        assertThat(moves).as("the corpora make re-clustering move articles").isPositive();
    }

    private static Set<Set<String>> partition(StoryAssembler a) {
        Set<Set<String>> out = new java.util.HashSet<>();
        a.stories().values().forEach(ids -> out.add(Set.copyOf(ids)));
        return out;
    }
}

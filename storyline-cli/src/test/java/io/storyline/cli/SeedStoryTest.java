package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StandardPipeline;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.core.Article;
import io.storyline.eval.Clustering;
import io.storyline.store.ArticleLoader;
import io.storyline.store.LoadListener;
import io.storyline.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five seed articles (wire write-up, spinner copy, RT, content-farm rewrite, translation) form
 * exactly one story holding nothing else, also when they are loaded into one data directory
 * together with the two development clustering sets (about 900 articles, through the real loader
 * and pipeline, in the evaluation's stream order). Prints the per-set B-cubed scores of that union
 * run. Skipped when the shared evaluation folder is absent.
 */
class SeedStoryTest {

    private static final List<String> SETS = List.of("ceasefire-2025", "basil-dev", "ecbplus-dev");

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    private static Path sharedEval() {
        String prop = System.getProperty("storyline.shared");
        for (Path p :
                List.of(Path.of(prop == null ? "../shared" : prop), Path.of("../shared"), Path.of("../../shared"))) {
            if (Files.isDirectory(p.resolve("eval/ceasefire-2025"))) {
                return p.resolve("eval");
            }
        }
        return Path.of("../shared/eval");
    }

    @Test
    void seedArticlesFormOneStoryAloneAmongNineHundredOthers() {
        Path eval = sharedEval();
        for (String s : SETS) {
            assumeTrue(Files.isRegularFile(eval.resolve(s).resolve("gold-stories.tsv")), "no " + s + " in " + eval);
        }
        List<Article> all = new ArrayList<>();
        Map<String, Map<String, String>> gold = new LinkedHashMap<>();
        for (String s : SETS) {
            all.addAll(EvalSets.articles(eval.resolve(s)));
            gold.put(s, EvalSets.goldStories(eval.resolve(s)));
        }
        Pipeline pipeline = StandardPipeline.create(StandardPipeline.Options.defaults());
        Map<String, String> predicted = new HashMap<>();
        Map<String, List<String>> stories;
        try (Store store = Store.open(dir)) {
            try (ArticleLoader loader = ArticleLoader.open(store, pipeline, AssemblyOptions.defaults(), 2)) {
                loader.load(EvalSets.sort(all).iterator(), new LoadListener() {});
            }
            stories = store.stories();
        }
        stories.forEach((story, ids) -> ids.forEach(id -> predicted.put(id, story)));
        for (Map.Entry<String, Map<String, String>> e : gold.entrySet()) {
            Map<String, String> p = new HashMap<>();
            e.getValue().keySet().forEach(id -> p.put(id, predicted.getOrDefault(id, "missing:" + id)));
            Clustering.Scores s = Clustering.score(p, e.getValue());
            System.out.printf(
                    "union run %-15s B3 P=%.4f R=%.4f F1=%.4f  pairwise F1=%.4f%n",
                    e.getKey(), s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.pairF1());
        }
        Set<String> seed =
                new TreeSet<>(Objects.requireNonNull(gold.get("ceasefire-2025")).keySet());
        assertThat(seed).hasSize(5);
        Set<String> seedStories = new TreeSet<>();
        seed.forEach(id -> seedStories.add(predicted.get(id)));
        assertThat(seedStories).as("stories of the seed articles").hasSize(1);
        String story = seedStories.iterator().next();
        assertThat(new TreeSet<>(stories.getOrDefault(story, List.of())))
                .as("members of the seed story")
                .isEqualTo(seed);
    }
}

package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.cluster.ArticleFeatures;
import io.storyline.core.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ClusteringFoldsTest {

    private static Article article(String id, String text, @Nullable LocalDate date) {
        return new Article(id, "A headline", text, date, null, null, "en");
    }

    private static ClusteringFolds.Item item(String id, @Nullable LocalDate date) {
        return new ClusteringFolds.Item(
                article(id, "text", date),
                new ArticleFeatures(id, date, Map.of(), Map.of(), Map.of(), null, null),
                "g");
    }

    @Test
    void firstSentenceSkipsWebAddressesAndStopsAtTheSentenceEnd() {
        Article a = article(
                "x_1",
                "http : / / www . example . com / story\nDockworkers at the Port of Valmora walked out on Monday. The"
                        + " union said pay was the issue.\nMore text.",
                null);
        Article short1 = ClusteringFolds.firstSentence(a);
        assertThat(short1.text()).isEqualTo("Dockworkers at the Port of Valmora walked out on Monday.");
        assertThat(short1.title()).isEqualTo("A headline");
        assertThat(short1.id()).isEqualTo("x_1");
    }

    @Test
    void ordersAreByDateThenShuffledBySeed() {
        List<ClusteringFolds.Item> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(item("u" + i, null));
        }
        items.add(item("d2", LocalDate.of(2020, 1, 2)));
        items.add(item("d1", LocalDate.of(2020, 1, 1)));
        List<String> one = ClusteringFolds.order(items, 1).stream()
                .map(ClusteringFolds.Item::id)
                .toList();
        List<String> two = ClusteringFolds.order(items, 2).stream()
                .map(ClusteringFolds.Item::id)
                .toList();
        assertThat(one.subList(0, 2)).containsExactly("d1", "d2");
        assertThat(one).isNotEqualTo(two).containsExactlyInAnyOrderElementsOf(two);
        assertThat(ClusteringFolds.order(items, 1).stream()
                        .map(ClusteringFolds.Item::id)
                        .toList())
                .isEqualTo(one);
    }

    /** The short-item dev proxy: every article of basil-dev and ecbplus-dev reduced to one sentence. */
    @Test
    void firstSentenceSetsAreBuiltFromTheSharedEvaluationFolder() {
        Path eval = Path.of(System.getProperty("storyline.sharedEval", "../../shared/eval"));
        if (!Files.isDirectory(eval)) {
            eval = Path.of("../shared/eval");
        }
        for (String set : List.of("basil-dev", "ecbplus-dev")) {
            Path dir = eval.resolve(set);
            assumeTrue(Files.isRegularFile(dir.resolve("articles.jsonl")), "no " + set + " in " + eval);
            int shorter = 0;
            List<Article> articles = EvalSets.articles(dir);
            for (Article a : articles) {
                Article s = ClusteringFolds.firstSentence(a);
                assertThat(a.text()).contains(s.text());
                assertThat(s.text()).doesNotContain("\n").doesNotContain("http");
                shorter += s.text().length() * 5 < a.text().length() ? 1 : 0;
            }
            assertThat(shorter).as(set).isGreaterThan(articles.size() * 8 / 10);
        }
    }
}

package io.storyline.cli;

import io.storyline.cluster.StoryAssembler;
import io.storyline.cluster.StoryPairModel;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code storyline story ID --why ARTICLE}: replays story assembly up to the article (every article
 * stored before it, in its story as stored now) and prints the features and score of the article
 * against its story and against the best competing story, with each feature's contribution to the
 * pair model's log-odds. Stateless.
 */
final class StoryWhy {

    private StoryWhy() {}

    static void print(PrintWriter out, Store store, String story, String articleId, StoryAssembler assembler) {
        StoredArticle target = store.article(articleId)
                .orElseThrow(() -> new IllegalArgumentException("no article '" + articleId + "' in the store"));
        if (!target.story().equals(story)) {
            throw new IllegalArgumentException(
                    "article " + articleId + " is in story " + target.story() + ", not " + story);
        }
        boolean[] reached = {false};
        store.forEach(a -> {
            reached[0] |= a.id().equals(articleId);
            if (!reached[0]) {
                assembler.restore(a.features(), a.story());
            }
        });
        List<StoryAssembler.Candidate> candidates = assembler.explain(target.features());
        StoryAssembler.Candidate own = candidates.stream()
                .filter(c -> c.story().equals(story))
                .findFirst()
                .orElse(null);
        StoryAssembler.Candidate rival = candidates.stream()
                .filter(c -> !c.story().equals(story))
                .findFirst()
                .orElse(null);
        String dup = target.nearDuplicateOf();
        if (dup != null) {
            out.printf(
                    "%s is in %s as a near-duplicate of %s (fingerprints), before any score.%n", articleId, story, dup);
        } else if (own == null) {
            out.printf(
                    Locale.ROOT,
                    "%s founded %s: no candidate story reached %.2f.%n",
                    articleId,
                    story,
                    assembler.threshold(target.features()));
        } else {
            out.printf(
                    Locale.ROOT,
                    "%s joined %s with score %.3f (joins at %.2f)%s.%n",
                    articleId,
                    story,
                    own.score(),
                    assembler.threshold(target.features()),
                    own.story().equals(candidates.get(0).story()) ? "" : "; it now scores below the best candidate");
        }
        out.printf(
                Locale.ROOT,
                "best competing story: %s%n",
                rival == null
                        ? "none (the index offered no other story)"
                        : rival.story() + String.format(Locale.ROOT, " score %.3f", rival.score()));
        table(out, target.features().embedding() == null ? Optional.empty() : assembler.model(), own, rival, story);
    }

    private static void table(
            PrintWriter out,
            Optional<StoryPairModel> model,
            StoryAssembler.@Nullable Candidate own,
            StoryAssembler.@Nullable Candidate rival,
            String story) {
        if (own == null && rival == null) {
            return;
        }
        out.printf("%-12s %18s %18s%n", "feature", own == null ? "-" : story, rival == null ? "-" : rival.story());
        double[] co = own == null ? null : contributions(model, own);
        double[] cr = rival == null ? null : contributions(model, rival);
        for (int i = 0; i < StoryPairModel.FEATURES.size(); i++) {
            out.printf("%-12s %18s %18s%n", StoryPairModel.FEATURES.get(i), cell(own, co, i), cell(rival, cr, i));
        }
        if (model.isPresent()) {
            out.println("(value, and in brackets its contribution to the log-odds of joining)");
        }
    }

    private static double @Nullable [] contributions(Optional<StoryPairModel> model, StoryAssembler.Candidate c) {
        return model.map(m -> m.contributions(
                        c.features().stream().mapToDouble(Double::doubleValue).toArray()))
                .orElse(null);
    }

    private static String cell(StoryAssembler.@Nullable Candidate c, double @Nullable [] contributions, int i) {
        if (c == null) {
            return "-";
        }
        double v = c.features().get(i);
        return contributions == null
                ? String.format(Locale.ROOT, "%.3f", v)
                : String.format(Locale.ROOT, "%.3f [%+.2f]", v, contributions[i]);
    }
}

package io.storyline.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StandardPipeline;
import io.storyline.claims.ClaimInput;
import io.storyline.core.Article;
import io.storyline.embed.MiniLmEmbedder;
import io.storyline.eval.SharedEval;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Derivation on real text: copies generated from basil-dev and polnear-dev articles (verbatim,
 * trimmed, paragraphs reordered, words dropped and replaced, spinner synonym swaps) must collapse onto
 * their original, while the other outlets' articles on the same basil event stay independent. The
 * false garble flags on clean news are a line of {@code storyline eval} ({@code GarbleEval}, on the
 * scorecard's shared analysis), and the cost of claims and provenance against the pipeline is measured
 * by {@code storyline-bench}'s {@code EvidenceCostBench}.
 */
class DerivationEvalTest {

    /** The pipeline, and what it made of each article (articles are records). */
    private static final Pipeline PIPELINE = StandardPipeline.create(new StandardPipeline.Options(false, 600));

    private static final Map<Article, AnalyzedArticle> ANALYSED = new ConcurrentHashMap<>();

    private static AnalyzedArticle analysed(Article a) {
        return ANALYSED.computeIfAbsent(a, PIPELINE::analyze);
    }

    private static final String[] KINDS = {"verbatim", "trimmed", "reordered", "edited", "spun"};

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("said", "stated"),
            Map.entry("says", "states"),
            Map.entry("big", "large"),
            Map.entry("large", "big"),
            Map.entry("new", "fresh"),
            Map.entry("important", "crucial"),
            Map.entry("told", "informed"),
            Map.entry("people", "individuals"),
            Map.entry("help", "assist"),
            Map.entry("show", "demonstrate"),
            Map.entry("begin", "commence"),
            Map.entry("start", "commence"),
            Map.entry("use", "utilize"),
            Map.entry("buy", "purchase"),
            Map.entry("many", "numerous"),
            Map.entry("also", "additionally"),
            Map.entry("about", "approximately"),
            Map.entry("get", "obtain"),
            Map.entry("make", "create"),
            Map.entry("think", "believe"),
            Map.entry("country", "nation"),
            Map.entry("government", "administration"),
            Map.entry("officials", "authorities"),
            Map.entry("end", "conclude"),
            Map.entry("need", "require"),
            Map.entry("plan", "scheme"),
            Map.entry("attack", "assault"),
            Map.entry("killed", "slain"),
            Map.entry("week", "seven days"),
            Map.entry("president", "head of state"),
            Map.entry("law", "legislation"),
            Map.entry("job", "position"));

    @Test
    void copiesCollapseAndOtherOutletsStayIndependent() {
        assumeTrue(SharedEval.dir().isPresent(), "shared eval folder not found");
        Path eval = SharedEval.dir().orElseThrow();
        Random random = new Random(7);
        int[] counts = new int[3]; // tp, fp, fn over article pairs (same origin)
        Map<String, int[]> perKind = new HashMap<>();
        List<Article> basil = SharedEval.articles(eval.resolve("basil-dev/articles.jsonl"));
        Map<String, Article> byId = new HashMap<>();
        basil.forEach(a -> byId.put(a.id(), a));
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            StoryEvidenceAnalyzer analyzer = new StoryEvidenceAnalyzer(embedder);
            for (List<String> ids : SharedEval.stories(eval.resolve("basil-dev/gold-stories.tsv"))
                    .values()) {
                List<Article> story = new ArrayList<>();
                ids.forEach(id -> story.add(byId.get(id)));
                evaluate(analyzer, story, story.get(0), random, counts, perKind);
            }
            basilFigures("basil-dev", counts, perKind);
            int[] pol = new int[3];
            Map<String, int[]> polKind = new HashMap<>();
            List<Article> polnear = SharedEval.articles(eval.resolve("polnear-dev/articles.jsonl"));
            for (Article a : polnear.subList(0, Math.min(30, polnear.size()))) {
                evaluate(analyzer, List.of(a), a, random, pol, polKind);
            }
            basilFigures("polnear-dev (30 articles)", pol, polKind);
            double precision = (double) counts[0] / Math.max(1, counts[0] + counts[1]);
            double recall = (double) counts[0] / Math.max(1, counts[0] + counts[2]);
            assertThat(precision).isGreaterThanOrEqualTo(0.9);
            assertThat(recall).isGreaterThanOrEqualTo(0.8);
        }
    }

    private static void basilFigures(String name, int[] c, Map<String, int[]> perKind) {
        double p = (double) c[0] / Math.max(1, c[0] + c[1]);
        double r = (double) c[0] / Math.max(1, c[0] + c[2]);
        System.out.printf(
                Locale.ROOT,
                "DERIVATION %s: same-origin pairs P=%.3f R=%.3f (tp=%d fp=%d fn=%d)%n",
                name,
                p,
                r,
                c[0],
                c[1],
                c[2]);
        perKind.forEach((k, v) -> System.out.printf(Locale.ROOT, "   %s: collapsed %d of %d%n", k, v[0], v[1]));
    }

    private static void evaluate(
            StoryEvidenceAnalyzer analyzer,
            List<Article> story,
            Article original,
            Random random,
            int[] counts,
            Map<String, int[]> perKind) {
        List<Article> all = new ArrayList<>(story);
        Map<String, String> truth = new HashMap<>();
        story.forEach(a -> truth.put(a.id(), a.id()));
        for (String kind : KINDS) {
            Article copy = copy(original, kind, random);
            all.add(copy);
            truth.put(copy.id(), original.id());
        }
        List<ClaimInput> inputs = all.stream()
                .map(DerivationEvalTest::analysed)
                .map(ClaimInput::from)
                .toList();
        StoryEvidence ev = analyzer.analyze(inputs);
        Map<String, String> root = new HashMap<>();
        all.forEach(a -> root.put(a.id(), a.id()));
        for (ProvenanceEdge e : ev.provenance()) {
            if (!e.upstream() && e.relation() != Relation.CREDITS) {
                String ra = find(root, e.article());
                String rb = find(root, e.source().wire());
                root.put(ra, rb);
            }
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                String a = all.get(i).id();
                String b = all.get(j).id();
                boolean gold = java.util.Objects.equals(truth.get(a), truth.get(b));
                boolean found = find(root, a).equals(find(root, b));
                counts[0] += gold && found ? 1 : 0;
                counts[1] += !gold && found ? 1 : 0;
                counts[2] += gold && !found ? 1 : 0;
                if (gold && a.equals(original.id())) {
                    String kind = b.substring(b.lastIndexOf('-') + 1);
                    int[] k = perKind.computeIfAbsent(kind, x -> new int[2]);
                    k[0] += found ? 1 : 0;
                    k[1]++;
                }
            }
        }
    }

    private static String find(Map<String, String> root, String a) {
        String r = a;
        while (!root.getOrDefault(r, r).equals(r)) {
            r = root.getOrDefault(r, r);
        }
        return r;
    }

    /** A generated copy of {@code a}; same date, so the direction must come from the content. */
    static Article copy(Article a, String kind, Random random) {
        List<String> paragraphs = new ArrayList<>(List.of(a.text().split("\n+")));
        String text = switch (kind) {
            case "verbatim" -> a.text();
            case "trimmed" -> String.join("\n\n", paragraphs.subList(0, Math.max(1, paragraphs.size() * 2 / 3)));
            case "reordered" -> {
                List<String> rest = new ArrayList<>(paragraphs.subList(1, paragraphs.size()));
                Collections.shuffle(rest, random);
                rest.add(0, paragraphs.get(0));
                yield String.join("\n\n", rest);
            }
            case "edited" -> words(a.text(), random, 0.08, 0.15);
            default -> words(a.text(), random, 0.0, 0.9);
        };
        return new Article(a.id() + "-copy-" + kind, a.title(), text, a.published(), "Copier", null, "en");
    }

    /** Drops words with probability {@code drop} and swaps known synonyms with probability {@code swap}. */
    private static String words(String text, Random random, double drop, double swap) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            List<String> out = new ArrayList<>();
            for (String w : line.split(" ")) {
                String bare = w.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
                String syn = SYNONYMS.get(bare);
                if (drop > 0 && bare.length() > 3 && random.nextDouble() < drop && syn == null) {
                    continue;
                }
                out.add(syn != null && random.nextDouble() < swap ? w.replace(bare, syn) : w);
            }
            sb.append(String.join(" ", out)).append('\n');
        }
        return sb.toString().strip();
    }
}

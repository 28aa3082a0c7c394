package io.storyline.quotegroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.embed.MiniLmEmbedder;
import io.storyline.speakers.ArticleQuotes;
import io.storyline.speakers.QuoteRef;
import io.storyline.speakers.SeedStory;
import io.storyline.speakers.SpeakerCanonicalizer;
import io.storyline.speakers.StorySpeakers;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The seed story end to end (finder, canonical speakers, quote groups) against {@code
 * gold/quote_variants.tsv}: V01–V10 must be grouped, V11–V13 (different speakers) must not.
 */
class SeedQuoteGroupsTest {

    private record Match(QuoteRef ref, String text) {}

    @Test
    void seedQuoteVariants() {
        assumeTrue(SeedStory.dir().isPresent(), "shared eval folder not found");
        Path dir = SeedStory.dir().orElseThrow();
        List<ArticleQuotes> articles = SeedStory.analyse(dir);
        StorySpeakers speakers = new SpeakerCanonicalizer().canonicalize(articles);
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            List<QuoteGroup> groups = new QuoteGrouper(embedder).group(articles, speakers);
            for (QuoteGroup g : groups) {
                System.out.println("group " + g.quotes());
                for (QuotePair p : g.relations()) {
                    System.out.printf(
                            Locale.ROOT,
                            "   %s %s-%s lex=%.2f cos=%.2f%n",
                            p.relation().label(),
                            p.a(),
                            p.b(),
                            p.lexical(),
                            p.semantic());
                }
            }
            int handled = 0;
            int rows = 0;
            for (String[] row : SeedStory.tsv(dir.resolve("gold/quote_variants.tsv"))) {
                rows++;
                boolean positive = !row[1].startsWith("NOT");
                Match a = match(articles, row[3], row[4]);
                Match b = match(articles, row[6], row[7]);
                boolean grouped = a != null && b != null && sameGroup(groups, a.ref(), b.ref());
                String relation = a == null || b == null ? "-" : relation(groups, a.ref(), b.ref());
                double cos = a == null || b == null
                        ? Double.NaN
                        : embedder.embed(a.text()).cosine(embedder.embed(b.text()));
                boolean ok = grouped == positive;
                handled += ok ? 1 : 0;
                System.out.printf(
                        Locale.ROOT,
                        "%s %s %s gold=%s grouped=%s relation=%s cos=%.2f a=%s b=%s%n",
                        ok ? "ok  " : "MISS",
                        row[0],
                        row[1],
                        positive,
                        grouped,
                        relation,
                        cos,
                        a == null ? null : a.ref(),
                        b == null ? null : b.ref());
            }
            System.out.printf(Locale.ROOT, "seed quote variants handled: %d of %d%n", handled, rows);
            // Issue 3 asks for 10 of 13: 12 are handled since the finder resolves the lede's description
            // to its speaker (V08, a joint statement paraphrased without marks, is the miss)
            assertThat(handled).isGreaterThanOrEqualTo(11);
        }
    }

    private static boolean sameGroup(List<QuoteGroup> groups, QuoteRef a, QuoteRef b) {
        return groups.stream().anyMatch(g -> g.contains(a) && g.contains(b));
    }

    private static String relation(List<QuoteGroup> groups, QuoteRef a, QuoteRef b) {
        Optional<QuotePair> p = groups.stream()
                .flatMap(g -> g.relations().stream())
                .filter(r -> (r.a().equals(a) && r.b().equals(b)) || (r.a().equals(b) && r.b().equals(a)))
                .findFirst();
        return p.map(r -> r.relation().label()).orElse(sameGroup(groups, a, b) ? "(via group)" : "-");
    }

    /** The found quote of {@code file} sharing most words with the gold text (mean of set Dice and the share of gold words found, >= 0.3). */
    private static @Nullable Match match(List<ArticleQuotes> articles, String file, String gold) {
        String id = file.replace(".txt", "");
        Set<String> g = new HashSet<>(Lexical.tokens(gold));
        Match best = null;
        double bestScore = 0.3;
        for (ArticleQuotes a : articles) {
            if (!a.article().equals(id)) {
                continue;
            }
            for (int i = 0; i < a.quotes().size(); i++) {
                String text = a.quotes().get(i).text(a.text());
                Set<String> f = new HashSet<>(Lexical.tokens(text));
                Set<String> shared = new HashSet<>(f);
                shared.retainAll(g);
                double dice = 2.0 * shared.size() / (f.size() + g.size());
                double score = 0.5 * dice + 0.5 * shared.size() / Math.max(1, g.size());
                if (score > bestScore) {
                    bestScore = score;
                    best = new Match(a.ref(i), text);
                }
            }
        }
        return best;
    }
}

package io.storyline.ingest;

import io.storyline.text.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The features of every text block of a page that the block model ({@link BlockModel}) weighs: text
 * shape (length, words, punctuation, sentences), link density, tag path (own and parent tag, ancestors),
 * position, class and id words, distance to the title, agreement with the JSON-LD {@code articleBody},
 * the hand-weighted heuristic's verdicts ({@link HeuristicSelection}), and the same few figures of the
 * neighbouring blocks. Names are fixed ({@link #NAMES}); the model file lists them in this order.
 *
 * <p>Stateless; cost is linear in the number of blocks times the depth of the page.
 */
final class BlockFeatures {

    private static final List<String> OWN_TAGS =
            List.of("p", "div", "li", "td", "h1", "h2", "h3", "h4", "blockquote", "pre", "dd", "span", "section", "br");

    private static final List<String> ANCESTOR_TAGS = List.of(
            "li",
            "table",
            "form",
            "a",
            "article",
            "main",
            "nav",
            "header",
            "footer",
            "aside",
            "section",
            "blockquote",
            "ul",
            "figure",
            "center",
            "font");

    private static final List<String> WORDS = WordList.list(BlockFeatures.class, "block-words.txt");

    private static final int NEIGHBOURS = 2;

    /** The per-block base figures that neighbours contribute. */
    private static final List<String> NEIGHBOUR_FIGURES = List.of("chars", "links", "sentence", "kept");

    /** Feature names, in the order of the vectors. */
    static final List<String> NAMES = names();

    private BlockFeatures() {}

    private static List<String> names() {
        List<String> n = new ArrayList<>(List.of(
                "log_chars",
                "log_words",
                "link_density",
                "ends_sentence",
                "log_sentences",
                "commas_per_word",
                "periods_per_word",
                "mean_word_length",
                "capitalised_share",
                "digit_share",
                "upper_share",
                "line_breaks",
                "position",
                "char_position",
                "log_depth",
                "judge_positive",
                "judge_negative",
                "judge_value_per_char",
                "heuristic_kept",
                "heuristic_container",
                "furniture_ancestor",
                "furniture_distance",
                "article_marked_ancestor",
                "hidden_words",
                "is_title",
                "after_title",
                "title_distance",
                "title_found",
                "jsonld_present",
                "jsonld_agreement",
                "ad_label",
                "byline",
                "copyright",
                "date_like",
                "short_no_sentence",
                "parent_good_share",
                "parent_link_density",
                "siblings_log",
                "words_le_3",
                "words_ge_20",
                "words_ge_50",
                "kept_window"));
        OWN_TAGS.forEach(t -> n.add("tag_" + t));
        OWN_TAGS.forEach(t -> n.add("parent_tag_" + t));
        ANCESTOR_TAGS.forEach(t -> n.add("in_" + t));
        WORDS.forEach(w -> n.add("word_" + w));
        for (int d = -NEIGHBOURS; d <= NEIGHBOURS; d++) {
            if (d != 0) {
                for (String f : NEIGHBOUR_FIGURES) {
                    n.add((d < 0 ? "prev" : "next") + Math.abs(d) + "_" + f);
                }
            }
        }
        return List.copyOf(n);
    }

    /**
     * Computes the feature vector of every block.
     *
     * @param blocks the page's blocks, in page order
     * @param title the page title, or null
     * @param declaredBody the JSON-LD {@code articleBody}, or null
     * @param heuristic the hand-weighted choice on the same page
     */
    static List<double[]> of(
            List<TextBlock> blocks,
            @Nullable String title,
            @Nullable String declaredBody,
            HeuristicSelection.Choice heuristic) {
        int n = blocks.size();
        List<double[]> out = new ArrayList<>(n);
        if (n == 0) {
            return out;
        }
        Page page = new Page(blocks, title, declaredBody, heuristic);
        double[][] base = new double[n][];
        long charsBefore = 0;
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            boolean kept = within(b.text(), page.keptParagraphs, heuristic.kept());
            base[i] = new double[] {
                Math.log1p(b.text().length()),
                b.linkDensity(),
                BlockJudge.endsLikeSentence(b.text()) ? 1 : 0,
                kept ? 1 : 0
            };
            out.add(page.features(i, b, kept, charsBefore));
            charsBefore += b.text().length();
        }
        neighbours(out, base);
        return out;
    }

    /** What the features of one page's blocks share: the page's figures, computed once, and caches. */
    private static final class Page {
        private final List<TextBlock> blocks;
        private final HeuristicSelection.Choice heuristic;
        private final IdentityHashMap<TextBlock, Double> values;
        private final Set<String> ldVocabulary;
        private final boolean ldPresent;
        private final int titleIndex;
        private final Map<Element, double[]> parentFigures;
        private final Map<Element, String> hints = new HashMap<>();
        private final Map<Element, Boolean> furnitureCache = new HashMap<>();
        private final Map<Element, Boolean> articleCache = new HashMap<>();
        private final long totalChars;
        private final Set<String> keptParagraphs;
        private final Set<String> containerParagraphs;

        Page(
                List<TextBlock> blocks,
                @Nullable String title,
                @Nullable String declaredBody,
                HeuristicSelection.Choice heuristic) {
            this.blocks = blocks;
            this.heuristic = heuristic;
            this.values = BlockJudge.values(blocks);
            this.ldVocabulary = vocabulary(declaredBody);
            this.ldPresent = ldVocabulary.size() >= BodyMatcher.MIN_TOKENS;
            this.titleIndex = titleIndex(blocks, title);
            this.parentFigures = BlockAncestry.parentFigures(blocks, values);
            long chars = 0;
            for (TextBlock b : blocks) {
                chars += b.text().length();
            }
            this.totalChars = chars;
            this.keptParagraphs = new HashSet<>(List.of(heuristic.kept().split("\n\n")));
            this.containerParagraphs =
                    new HashSet<>(List.of(heuristic.container().split("\n\n")));
        }

        /** The features of block {@code i} but its neighbours' ({@link #neighbours} fills them in). */
        double[] features(int i, TextBlock b, boolean kept, long charsBefore) {
            double[] x = new double[NAMES.size()];
            int k = BlockText.shape(b.text(), x);
            x[k++] = b.linkDensity();
            x[k++] = BlockJudge.endsLikeSentence(b.text()) ? 1 : 0;
            k = BlockText.shapeTail(b.text(), x, k);
            k = position(i, b, charsBefore, x, k);
            double v = values.getOrDefault(b, 0.0);
            x[k++] = v > 0 ? 1 : 0;
            x[k++] = v < 0 ? 1 : 0;
            x[k++] = b.text().isEmpty() ? 0 : v / b.text().length();
            x[k++] = kept ? 1 : 0;
            x[k++] = within(b.text(), containerParagraphs, heuristic.container()) ? 1 : 0;
            int furniture = BlockAncestry.furnitureDistance(b.owner(), furnitureCache);
            x[k++] = furniture >= 0 ? 1 : 0;
            x[k++] = furniture >= 0 ? 1.0 / (1 + furniture) : 0;
            x[k++] = BlockAncestry.articleMarked(b.owner(), articleCache) ? 1 : 0;
            x[k++] = BlockAncestry.hiddenWords(b.owner(), hints) ? 1 : 0;
            k = title(i, x, k);
            x[k++] = ldPresent ? 1 : 0;
            x[k++] = ldPresent ? agreement(b.text(), ldVocabulary) : 0;
            k = BlockText.patterns(b.text(), x, k);
            double[] pf = parentFigures.getOrDefault(BlockAncestry.parentOf(b.owner()), new double[3]);
            x[k++] = pf[0];
            x[k++] = pf[1];
            x[k++] = Math.log1p(pf[2]);
            int words = BlockText.words(b.text());
            x[k++] = words <= 3 ? 1 : 0;
            x[k++] = words >= 20 ? 1 : 0;
            x[k++] = words >= 50 ? 1 : 0;
            k++; // kept_window, filled by neighbours
            k = oneHot(OWN_TAGS, b.owner().normalName(), x, k);
            Element parent = b.owner().parent();
            k = oneHot(OWN_TAGS, parent == null ? "" : parent.normalName(), x, k);
            k = ancestors(b.owner(), x, k);
            words(b.owner(), hints, x, k);
            return x;
        }

        /** Where the block is: share of blocks and of characters before it, depth in the page. */
        private int position(int i, TextBlock b, long charsBefore, double[] x, int k) {
            x[k++] = (double) i / blocks.size();
            x[k++] = totalChars == 0 ? 0 : (double) charsBefore / totalChars;
            x[k++] = Math.log1p(BlockAncestry.depth(b.owner()));
            return k;
        }

        /** Where the block is from the title's block: the title itself, after it, how far. */
        private int title(int i, double[] x, int k) {
            x[k++] = i == titleIndex ? 1 : 0;
            x[k++] = titleIndex >= 0 && i > titleIndex ? 1 : 0;
            x[k++] = titleIndex >= 0 ? Math.log1p(Math.abs(i - titleIndex)) : 0;
            x[k++] = titleIndex >= 0 ? 1 : 0;
            return k;
        }
    }

    /** The figures of the blocks around each block, and the share of them the heuristic kept. */
    private static void neighbours(List<double[]> out, double[][] base) {
        int n = out.size();
        int windowAt = NAMES.indexOf("kept_window");
        int neighbourAt = NAMES.indexOf("prev" + NEIGHBOURS + "_chars");
        for (int i = 0; i < n; i++) {
            double[] x = out.get(i);
            double sum = 0;
            int k = neighbourAt;
            for (int d = -NEIGHBOURS; d <= NEIGHBOURS; d++) {
                int j = i + d;
                double[] other = j >= 0 && j < n ? base[j] : new double[NEIGHBOUR_FIGURES.size()];
                sum += other[3];
                if (d != 0) {
                    System.arraycopy(other, 0, x, k, other.length);
                    k += other.length;
                }
            }
            x[windowAt] = sum / (2 * NEIGHBOURS + 1);
        }
    }

    /**
     * Whether a block is one of the heuristic's paragraphs, or (long enough not to match by chance) inside one
     * of them: the heuristic works on a pruned copy, where removing furniture can join two blocks into one.
     */
    private static boolean within(String text, Set<String> paragraphs, String all) {
        return paragraphs.contains(text) || (text.length() >= 40 && all.contains(text));
    }

    private static int oneHot(List<String> names, String name, double[] x, int k) {
        int at = names.indexOf(name);
        if (at >= 0) {
            x[k + at] = 1;
        }
        return k + names.size();
    }

    private static int ancestors(Element owner, double[] x, int k) {
        for (Element e = owner; e != null; e = e.parent()) {
            int at = ANCESTOR_TAGS.indexOf(e.normalName());
            if (at >= 0) {
                x[k + at] = 1;
            }
        }
        return k + ANCESTOR_TAGS.size();
    }

    /** Class and id words of the owner and its three nearest ancestors. */
    private static int words(Element owner, Map<Element, String> hints, double[] x, int k) {
        Element e = owner;
        for (int level = 0; level < 4 && e != null; level++, e = e.parent()) {
            String hint = BlockAncestry.hint(e, hints);
            if (hint.isEmpty()) {
                continue;
            }
            for (int w = 0; w < WORDS.size(); w++) {
                if (hint.contains(WORDS.get(w))) {
                    x[k + w] = 1;
                }
            }
        }
        return k + WORDS.size();
    }

    private static int titleIndex(List<TextBlock> blocks, @Nullable String title) {
        String t = title == null ? "" : BlockJudge.squash(title);
        int h1 = -1;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (!t.isEmpty()
                    && b.text().length() < 400
                    && BlockJudge.squash(b.text()).equals(t)) {
                return i;
            }
            if (h1 < 0 && b.owner().normalName().equals("h1")) {
                h1 = i;
            }
        }
        return h1;
    }

    private static Set<String> vocabulary(@Nullable String text) {
        Set<String> out = new HashSet<>();
        if (text != null) {
            for (String t : ShingleScorer.tokens(text)) {
                out.add(t.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static double agreement(String text, Set<String> vocabulary) {
        List<String> tokens = ShingleScorer.tokens(text);
        if (tokens.isEmpty()) {
            return 0;
        }
        int in = 0;
        for (String t : tokens) {
            in += vocabulary.contains(t.toLowerCase(Locale.ROOT)) ? 1 : 0;
        }
        return (double) in / tokens.size();
    }
}

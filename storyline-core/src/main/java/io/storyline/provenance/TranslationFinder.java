package io.storyline.provenance;

import io.storyline.claims.ClaimInput;
import io.storyline.core.SourceRef;
import io.storyline.core.Span;
import io.storyline.nlp.Sentence;
import io.storyline.text.WordList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the articles of a story that translate another of its articles, without a translation model:
 * a translation keeps the names and numbers of its source, in the same order, while everything else
 * changes. Two articles written in different languages (told from the text itself by its function
 * words) are a {@code translation} pair when the longest common subsequence of their anchors (numbers,
 * and capitalised words not opening a sentence, compared by their first four letters without
 * accents) holds at least {@code share} of the anchors of the article with fewer of them, and at
 * least {@code minAnchors}. Two independent reports of one event in two languages share some names,
 * but far fewer and in another order.
 *
 * <p>Direction: the later publication date derives; on equal or unknown dates, the article whose
 * anchors are more fully matched (a trimmed translation), then the later in the story's order. The
 * evidence is the sentence pairs along the common subsequence. Stateless and thread-safe; cost per
 * pair of articles in different languages: O(a·b) for a and b anchors.
 */
public final class TranslationFinder {

    /**
     * Thresholds of the translation test.
     *
     * @param share fewest anchors in the common subsequence, as a fraction of the smaller anchor list
     * @param minAnchors fewest anchors in the common subsequence
     * @param minLanguageShare fewest tokens that are function words of the text's language, as a
     *     fraction, before a language is named at all
     */
    public record Options(double share, int minAnchors, double minLanguageShare) {

        public Options {
            if (!(share > 0 && share <= 1) || minAnchors < 1 || !(minLanguageShare > 0 && minLanguageShare < 1)) {
                throw new IllegalArgumentException("need 0 < share <= 1, minAnchors >= 1 and 0 < minLanguageShare"
                        + " < 1, got " + share + ", " + minAnchors + ", " + minLanguageShare);
            }
        }

        public static Options defaults() {
            return new Options(0.7, 6, 0.12);
        }
    }

    /** The most frequent function words of the languages told apart (a word may serve two). */
    private static final Map<String, Set<String>> FUNCTION_WORDS = functionWords();

    /** {@code function-words-by-language.txt}: one language a line, {@code code|word|word|...}. */
    private static Map<String, Set<String>> functionWords() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : WordList.list(TranslationFinder.class, "function-words-by-language.txt")) {
            String[] parts = line.split("\\|");
            out.put(parts[0], Set.of(java.util.Arrays.copyOfRange(parts, 1, parts.length)));
        }
        return Map.copyOf(out);
    }

    /** A number with spaces between its groups of three ("1 200"), or a word (with inner marks). */
    private static final Pattern WORD = Pattern.compile(
            "\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\p{L}\\p{N}])|[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*");

    private final Options options;

    public TranslationFinder(Options options) {
        this.options = options;
    }

    public TranslationFinder() {
        this(Options.defaults());
    }

    /** The translation edges between articles of {@code story} written in different languages. */
    public List<ProvenanceEdge> find(List<ClaimInput> story) {
        List<@Nullable String> languages = new ArrayList<>();
        List<List<Anchor>> anchors = new ArrayList<>();
        for (ClaimInput in : story) {
            languages.add(language(in.text()));
            anchors.add(anchors(in));
        }
        List<ProvenanceEdge> out = new ArrayList<>();
        for (int i = 0; i < story.size(); i++) {
            for (int j = i + 1; j < story.size(); j++) {
                String li = languages.get(i);
                String lj = languages.get(j);
                if (li == null || lj == null || li.equals(lj)) {
                    continue;
                }
                ProvenanceEdge e = edge(story, i, j, anchors.get(i), anchors.get(j));
                if (e != null) {
                    out.add(e);
                }
            }
        }
        out.sort(Comparator.comparing(ProvenanceEdge::article)
                .thenComparing(e -> e.source().wire()));
        return out;
    }

    /**
     * The language whose function words make up the largest share of {@code text}'s words, or null
     * when none reaches {@code minLanguageShare} (too short, or a language not told apart).
     */
    @Nullable
    String language(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        if (words < 20) {
            return null;
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(hits).entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return most >= options.minLanguageShare() * words ? best : null;
    }

    /** A name or number of an article and the sentence span it stands in. */
    private record Anchor(String key, Span sentence) {}

    /** Anchors kept per article: enough for any news article, and a bound on the O(a·b) table. */
    private static final int MAX_ANCHORS = 2000;

    /** The article's anchors in text order (the first {@link #MAX_ANCHORS}). */
    private static List<Anchor> anchors(ClaimInput in) {
        List<Span> sentences = new ArrayList<>();
        for (Sentence s : in.sentences()) {
            if (!s.span().overlapsAny(in.boilerplate())) {
                sentences.add(s.span());
            }
        }
        if (sentences.isEmpty() && in.sentences().isEmpty() && !in.text().isEmpty()) {
            sentences.add(new Span(0, in.text().length()));
        }
        List<Anchor> out = new ArrayList<>();
        for (Span s : sentences) {
            Matcher m = WORD.matcher(in.text()).region(s.start(), s.end());
            boolean first = true;
            while (m.find()) {
                String w = trimEnd(m.group());
                String key = key(w, first);
                first = false;
                if (key != null && out.size() < MAX_ANCHORS) {
                    out.add(new Anchor(key, s));
                }
            }
        }
        return out;
    }

    private static String trimEnd(String w) {
        int end = w.length();
        while (end > 0 && ".,-'’".indexOf(w.charAt(end - 1)) >= 0) {
            end--;
        }
        return w.substring(0, end);
    }

    /** A number without its separators, or a capitalised word not opening its sentence, folded; else null. */
    private static @Nullable String key(String w, boolean sentenceStart) {
        if (w.isEmpty()) {
            return null;
        }
        if (Character.isDigit(w.charAt(0))) {
            String digits = w.replaceAll("[^0-9]", "");
            return digits.isEmpty() ? null : "#" + digits;
        }
        if (sentenceStart || w.length() < 2 || !Character.isUpperCase(w.codePointAt(0))) {
            return null;
        }
        int apostrophe = w.indexOf('\'');
        if (apostrophe < 0) {
            apostrophe = w.indexOf('’');
        }
        String folded = GarbleDetector.word(apostrophe > 0 ? w.substring(0, apostrophe) : w);
        if (folded.isEmpty()) {
            return null;
        }
        return folded.length() <= 4 ? folded : folded.substring(0, 4);
    }

    private @Nullable ProvenanceEdge edge(List<ClaimInput> story, int i, int j, List<Anchor> a, List<Anchor> b) {
        int smaller = Math.min(a.size(), b.size());
        if (smaller < options.minAnchors()) {
            return null;
        }
        List<int[]> common = lcs(a, b);
        if (common.size() < options.minAnchors() || common.size() < options.share() * smaller) {
            return null;
        }
        ClaimInput x = story.get(i);
        ClaimInput y = story.get(j);
        double coverX = (double) common.size() / a.size();
        double coverY = (double) common.size() / b.size();
        Direction d = Direction.of(x.published(), y.published(), false, false, coverX, coverY, i > j);
        boolean xDerives = d.firstDerives();
        List<Evidence> evidence = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int[] p : common) {
            Span own = (xDerives ? a.get(p[0]) : b.get(p[1])).sentence();
            Span theirs = (xDerives ? b.get(p[1]) : a.get(p[0])).sentence();
            if (seen.add(own + "|" + theirs)) {
                ClaimInput derived = xDerives ? x : y;
                evidence.add(new Evidence(own, own.of(derived.text()), (xDerives ? y : x).id(), theirs));
            }
        }
        return new ProvenanceEdge(
                (xDerives ? x : y).id(),
                SourceRef.article((xDerives ? y : x).id()),
                Relation.TRANSLATION,
                false,
                d.basis(),
                evidence);
    }

    /** Index pairs of a longest common subsequence of the two anchor lists, in order. */
    private static List<int[]> lcs(List<Anchor> a, List<Anchor> b) {
        int n = a.size();
        int m = b.size();
        int[][] t = new int[n + 1][m + 1];
        for (int p = n - 1; p >= 0; p--) {
            for (int q = m - 1; q >= 0; q--) {
                t[p][q] = a.get(p).key().equals(b.get(q).key())
                        ? t[p + 1][q + 1] + 1
                        : Math.max(t[p + 1][q], t[p][q + 1]);
            }
        }
        List<int[]> out = new ArrayList<>();
        int p = 0;
        int q = 0;
        while (p < n && q < m) {
            if (a.get(p).key().equals(b.get(q).key())) {
                out.add(new int[] {p, q});
                p++;
                q++;
            } else if (t[p + 1][q] >= t[p][q + 1]) {
                p++;
            } else {
                q++;
            }
        }
        return out;
    }
}

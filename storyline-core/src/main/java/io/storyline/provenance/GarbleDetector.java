package io.storyline.provenance;

import io.storyline.claims.ClaimInput;
import io.storyline.claims.NameVariants;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import io.storyline.text.Fold;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores how machine-garbled each article of a story reads, from the text alone (no language
 * model): proper names spelled as a minority variant of a name the story spells otherwise, or
 * spelled two ways in the article ("Halvorson" beside "Halvorsen"); and spinner doublings — the same
 * stem twice in a row ("eagerly eager"), "the X of the X", "X, not X".
 *
 * <p>Stateless and thread-safe; cost linear in the story's tokens times its distinct names.
 */
public final class GarbleDetector {

    /** Longer "names" are glued page junk ("flagsharelikereply…"), not names a spinner damaged. */
    private static final int MAX_NAME = 20;

    private final int threshold;

    /** A detector flagging articles whose score reaches {@code threshold}. */
    public GarbleDetector(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be >= 1, got " + threshold);
        }
        this.threshold = threshold;
    }

    public GarbleDetector() {
        this(4);
    }

    /** Whether {@code score} is garbled enough to flag. */
    public boolean garbled(int score) {
        return score >= threshold;
    }

    /** Article id → garble score (name variants plus doublings). */
    public Map<String, Integer> scores(List<ClaimInput> story) {
        Map<String, Map<String, Integer>> perArticle = new HashMap<>();
        Map<String, Integer> articlesWith = new HashMap<>();
        for (ClaimInput in : story) {
            Map<String, Integer> counts = nameWords(in);
            perArticle.put(in.id(), counts);
            counts.keySet().forEach(w -> articlesWith.merge(w, 1, Integer::sum));
        }
        Map<String, Integer> out = new HashMap<>();
        for (ClaimInput in : story) {
            Map<String, Integer> mine = perArticle.getOrDefault(in.id(), Map.of());
            out.put(in.id(), variants(mine, articlesWith) + doublings(in));
        }
        return out;
    }

    private static Map<String, Integer> nameWords(ClaimInput in) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence s : in.sentences()) {
            for (Token t : s.tokens()) {
                if (t.pos().equals("PROPN") && t.capitalised()) {
                    String w = word(t.text());
                    if (w.length() >= 4 && w.length() <= MAX_NAME) {
                        counts.merge(w, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static int variants(Map<String, Integer> mine, Map<String, Integer> articlesWith) {
        int n = 0;
        for (String w : mine.keySet()) {
            for (String v : articlesWith.keySet()) {
                if (v.equals(w) || v.startsWith(w) || w.startsWith(v) || !NameVariants.similar(w, v)) {
                    continue;
                }
                Integer here = mine.get(v);
                int own = mine.getOrDefault(w, 0);
                boolean minority = here == null
                        ? articlesWith.getOrDefault(v, 0) > articlesWith.getOrDefault(w, 0)
                        : here > own || (here == own && v.compareTo(w) < 0);
                if (minority) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static int doublings(ClaimInput in) {
        int n = 0;
        for (Sentence s : in.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i + 1 < t.size(); i++) {
                if (plain(t.get(i)) && plain(t.get(i + 1)) && sameStem(t.get(i), t.get(i + 1))) {
                    n++;
                }
                if (i + 3 < t.size()
                        && plain(t.get(i))
                        && sameStem(t.get(i), t.get(i + 3))
                        && isWord(t.get(i + 1), "of", ",")
                        && isWord(t.get(i + 2), "the", "not")) {
                    n++;
                }
            }
        }
        return n;
    }

    /** A content word that is one word: a merged "Brazil's" before "Brazilian" is no spinner doubling. */
    private static boolean plain(Token t) {
        return t.contentWord() && !t.pos().contains("+");
    }

    private static boolean isWord(Token t, String a, String b) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals(a) || w.equals(b);
    }

    private static boolean sameStem(Token a, Token b) {
        String x = word(a.text());
        String y = word(b.text());
        if (x.length() < 4 || y.length() < 4) {
            return false;
        }
        int k = Math.min(5, Math.min(x.length(), y.length()));
        return x.regionMatches(0, y, 0, k) && (x.length() >= 5 || x.equals(y));
    }

    /** Lower-case letters only, accents removed ("François" and "Francois" are one spelling). */
    static String word(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : Fold.lower(s).toCharArray()) {
            if (Character.isLetter(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The names of {@code story} spelled in more than one way (for reports). */
    public Set<String> variantPairs(List<ClaimInput> story) {
        Set<String> out = new HashSet<>();
        Map<String, Integer> all = new HashMap<>();
        story.forEach(in -> nameWords(in).forEach((k, v) -> all.merge(k, v, Integer::sum)));
        for (String a : all.keySet()) {
            for (String b : all.keySet()) {
                if (a.compareTo(b) < 0 && !a.startsWith(b) && !b.startsWith(a) && NameVariants.similar(a, b)) {
                    out.add(a + "~" + b);
                }
            }
        }
        return out;
    }
}

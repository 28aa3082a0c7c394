package io.storyline.eval;

import io.storyline.core.Span;
import io.storyline.quotes.Quote;
import io.storyline.text.Fold;
import io.storyline.text.WordList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the quote scorers ({@link SeedQuoteScores}, {@link QuoteCoverage}, {@link SpeakerScores}, {@link
 * StorySpeakerScores}) share: text and speaker matching between found quotes and gold rows. Stateless.
 */
final class QuoteMatching {

    static final Pattern EDGES = Pattern.compile(
            "^[\\s\\p{Punct}\\p{Pi}\\p{Pf}“”„«»‘’‹›–—―\\u00a0]+|[\\s\\p{Punct}\\p{Pi}\\p{Pf}“”„«»‘’‹›–—―\\u00a0]+$");
    static final Set<String> NOT_NAMES = WordList.set(QuoteMatching.class, "not-names.txt");

    private QuoteMatching() {}

    /** A gold label naming a group rather than a person: one word, a lower-case word, or a plural. */
    static boolean groupLabel(String label) {
        String[] words = label.trim().split("\\s+");
        if (words.length == 1) {
            return true;
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                return true;
            }
        }
        return GROUP_PLURALS.contains(fold(words[words.length - 1]).trim());
    }

    static final Set<String> GROUP_PLURALS =
            Set.of("democrats", "republicans", "lawmakers", "officials", "senators", "members", "leaders");

    /** Generic words of a group label that do not say which group it is. */
    static final Set<String> GENERIC_GROUP_WORDS = Set.of(
            "party", "lawmaker", "official", "member", "leader", "senator", "senate", "house", "campaign", "and");

    static boolean groupMatch(String label, String affiliation) {
        Set<String> a = groupWords(label);
        a.retainAll(groupWords(affiliation));
        return !a.isEmpty();
    }

    static Set<String> groupWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : fold(s).split(" ")) {
            String stem = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
            stem = stem.equals("democratic") ? "democrat" : stem;
            if (stem.length() >= 3 && !GENERIC_GROUP_WORDS.contains(stem)) {
                out.add(stem);
            }
        }
        return out;
    }

    /** A gold person name and one of ours: a shared name word, or a near spelling of one. */
    static boolean namesMatch(String gold, String ours) {
        Set<String> gw = nameWords(gold.replaceAll("\\(.*?\\)", " "));
        for (String w : gw) {
            for (String o : nameWords(ours)) {
                if (w.equals(o) || (w.length() >= 5 && o.length() >= 5 && nearSpelling(w, o))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Gold null: the quote names nobody. Else a shared name word, or the gold surname inside ours. */
    public static boolean sameSpeaker(@Nullable String gold, Quote q) {
        String ours = q.speaker();
        if (gold == null) {
            return ours == null;
        }
        if (ours == null) {
            return false;
        }
        String g = gold.replaceAll("\\(.*?\\)", " ");
        if (namesMatch(g, ours)) {
            return true;
        }
        String oursFolded = fold(ours).replace(" ", "");
        String[] parts = fold(g).trim().split(" ");
        String surname = parts[parts.length - 1];
        return surname.length() >= 5 && oursFolded.contains(surname);
    }

    /** Two words one edit apart (a transliteration or a typo): "yermak" and "yermack". */
    static boolean nearSpelling(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < a.length() - i
                && j < b.length() - i
                && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        return Math.max(a.length(), b.length()) - i - j <= 1;
    }

    static Set<String> nameWords(@Nullable String s) {
        Set<String> out = new HashSet<>();
        if (s == null) {
            return out;
        }
        for (String w : fold(s).split(" ")) {
            if (w.length() >= 2 && !NOT_NAMES.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    static String fold(String s) {
        return Fold.lower(s)
                .replaceAll("['’‘]s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }

    /** Text with quotation marks, white space and punctuation stripped at both ends. */
    public static String core(String s) {
        return EDGES.matcher(s).replaceAll("");
    }

    static boolean sameText(String text, Span found, GoldQuote g) {
        String a = core(found.of(text));
        return !a.isEmpty() && a.equals(core(g.content().of(text)));
    }

    static boolean mutual(Span a, Span b) {
        int o = overlap(a, b);
        return 2 * o >= a.length() && 2 * o >= b.length() && o > 0;
    }

    static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    static int covered(Span g, List<Quote> qs) {
        List<Span> parts = new ArrayList<>();
        for (Quote q : qs) {
            if (q.span().overlaps(g)) {
                parts.add(new Span(
                        Math.max(g.start(), q.span().start()),
                        Math.min(g.end(), q.span().end())));
            }
        }
        parts.sort(null);
        int total = 0;
        int at = g.start();
        for (Span p : parts) {
            int s = Math.max(at, p.start());
            if (p.end() > s) {
                total += p.end() - s;
                at = p.end();
            }
        }
        return total;
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}

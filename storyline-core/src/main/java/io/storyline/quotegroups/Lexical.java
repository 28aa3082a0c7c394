package io.storyline.quotegroups;

import io.storyline.text.Fold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Normalised words of a quote and the lexical measures the grouper uses: containment, longest
 * common subsequence, character trigram overlap, and the words whose change alters a meaning.
 * Stateless.
 */
final class Lexical {

    private static final Set<String> STOP = words("a an the and or but if of to in on at by for with from"
                    + " as into about over after before than that this these those there here it its it's is are"
                    + " was were be been being am do does did has have had having will would shall should can"
                    + " could may might must i me my we us our you your he him his she her they them their who"
                    + " whom which what when where why how all any both each few more most other some such only"
                    + " own same so too very just also then now up down out off again further once s t")
            .stream()
            .filter(w -> !w.equals("now") && !w.equals("more") && !w.equals("most"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    static final Set<String> NEGATIONS =
            words("not no never nothing none neither nor cannot without nobody nowhere unlikely");

    private static final Set<String> TEMPORAL = words("yesterday today tomorrow tonight monday tuesday"
            + " wednesday thursday friday saturday sunday january february march april may june july august"
            + " september october november december coming next last ago earlier");

    private static final Map<String, String> ANTONYMS = antonyms("accept=reject support=oppose agree=refuse"
            + " agree=disagree increase=decrease rise=fall win=lose allow=forbid allow=ban true=false"
            + " always=never before=after more=less yes=no approve=reject can=cannot will=wont possible=impossible"
            + " likely=unlikely strong=weak advance=retreat victory=defeat peace=war begin=end start=stop"
            + " open=closed welcome=condemn legal=illegal success=failure up=down guilty=innocent");

    private Lexical() {}

    private static Set<String> words(String s) {
        return Set.copyOf(Arrays.asList(s.split(" ")));
    }

    private static Map<String, String> antonyms(String pairs) {
        Map<String, String> m = new HashMap<>();
        for (String p : pairs.split(" ")) {
            String[] kv = p.split("=");
            m.putIfAbsent(kv[0], kv[1]);
            m.putIfAbsent(kv[1], kv[0]);
        }
        return Map.copyOf(m);
    }

    /** Lower case, accents and punctuation removed; "n't" becomes "not" handled by {@link #tokens}. */
    static String normaliseWord(String w) {
        return Fold.lower(w).replaceAll("['’‘]s$", "").replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Dotted acronyms ("u.s.", "u.n.") read as one word, so "U.S." and "US" match. */
    private static final java.util.regex.Pattern ACRONYM =
            java.util.regex.Pattern.compile("(?<!\\p{L})(?:\\p{L}\\.){2,}");

    /** Normalised words of {@code text}, contractions "n't" split into "not". */
    static List<String> tokens(String text) {
        String t = Fold.lower(text)
                .replace('’', '\'')
                .replace('‘', '\'')
                .replace("can't", "can not")
                .replace("won't", "will not")
                .replace("n't", " not")
                .replaceAll("'s\\b", "");
        t = ACRONYM.matcher(t).replaceAll(m -> m.group().replace(".", ""));
        List<String> out = new ArrayList<>();
        for (String w : t.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A crude stem: plural and -ing/-ed endings removed, so "issues" and "issue" match. */
    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Stems of the content words (stop words removed). */
    static List<String> content(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String t : tokens) {
            if (!STOP.contains(t)) {
                out.add(stem(t));
            }
        }
        return out;
    }

    /** Suffix LCS lengths: {@code table[i][j]} is the LCS of {@code a[i..]} and {@code b[j..]}. */
    static int[][] lcsTable(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t;
    }

    static int lcs(List<String> a, List<String> b) {
        return lcsTable(a, b)[0][0];
    }

    /** Whether {@code part} occurs as a contiguous run in {@code whole}. */
    static boolean contiguous(List<String> part, List<String> whole) {
        return !part.isEmpty() && java.util.Collections.indexOfSubList(whole, part) >= 0;
    }

    /**
     * Dice coefficient of two trigram sets: of two normalised texts, each's tokens joined by spaces
     * ({@link #trigrams}).
     */
    static double trigramDice(Set<String> ga, Set<String> gb) {
        if (ga.isEmpty() || gb.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String g : ga) {
            if (gb.contains(g)) {
                shared++;
            }
        }
        return 2.0 * shared / (ga.size() + gb.size());
    }

    /** The character trigrams of {@code s}. */
    static Set<String> trigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= s.length(); i++) {
            out.add(s.substring(i, i + 3));
        }
        return out;
    }

    /**
     * Whether the change from {@code a} to {@code b} alters meaning: different numbers or time words
     * when both have some, a word swapped for its antonym, or (when {@code aligned}) a negation added
     * or dropped.
     */
    static boolean meaningChanged(List<String> a, List<String> b, boolean aligned) {
        Set<String> sa = new HashSet<>(a);
        Set<String> sb = new HashSet<>(b);
        if (differ(numbers(sa), numbers(sb)) || differ(only(sa, TEMPORAL), only(sb, TEMPORAL))) {
            return true;
        }
        for (String w : sa) {
            String anti = ANTONYMS.get(w);
            if (anti != null && sb.contains(anti) && !sa.contains(anti) && !sb.contains(w)) {
                return true;
            }
        }
        return aligned && count(a, NEGATIONS) % 2 != count(b, NEGATIONS) % 2;
    }

    private static boolean differ(Set<String> x, Set<String> y) {
        return !x.isEmpty() && !y.isEmpty() && !x.equals(y);
    }

    private static Set<String> numbers(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            if (w.chars().anyMatch(Character::isDigit)) {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> only(Set<String> words, Set<String> keep) {
        Set<String> out = new HashSet<>(words);
        out.retainAll(keep);
        return out;
    }

    private static int count(List<String> words, Set<String> set) {
        int n = 0;
        for (String w : words) {
            if (set.contains(w)) {
                n++;
            }
        }
        return n;
    }
}

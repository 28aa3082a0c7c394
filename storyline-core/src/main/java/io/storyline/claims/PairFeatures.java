package io.storyline.claims;

import java.util.List;
import java.util.Set;

/**
 * Lexical measures of how close two statements are: content-lemma overlap (Dice and containment),
 * longest common word subsequence, length ratio, and disagreement on names, numbers and negation.
 * Proper names match across small spelling damage ("Halvorsen" and "Halvorson").
 *
 * @param dice Dice coefficient of the content lemmas
 * @param containment shared content lemmas over the smaller set
 * @param lcsMin longest common word subsequence over the shorter statement's word count
 * @param lcsMax longest common word subsequence over the longer statement's word count
 * @param lengthRatio shorter word count over longer word count
 * @param nameMismatch names of either side with no match on the other, over all names (0 without names)
 * @param numberMismatch numbers not shared, over all numbers (0 without numbers)
 * @param negationMismatch 1 when one side is negated and the other is not, else 0
 * @param bigramDice Dice coefficient of the word bigrams
 * @param unmatched content lemmas of the side with more of them left unmatched, log(1 + n)
 * @param shared count of shared content lemmas
 */
record PairFeatures(
        double dice,
        double containment,
        double lcsMin,
        double lcsMax,
        double lengthRatio,
        double nameMismatch,
        double numberMismatch,
        double negationMismatch,
        double bigramDice,
        double unmatched,
        int shared) {

    private static final int MAX_WORDS = 200;

    static PairFeatures of(Statement a, Statement b) {
        int shared = sharedContent(a.content(), b.content());
        int ca = a.content().size();
        int cb = b.content().size();
        double dice = ca + cb == 0 ? 0 : 2.0 * shared / (ca + cb);
        double containment = Math.min(ca, cb) == 0 ? 0 : Math.min(1.0, (double) shared / Math.min(ca, cb));
        List<String> wa = cap(a.words());
        List<String> wb = cap(b.words());
        int lcs = lcs(wa, wb);
        int min = Math.min(wa.size(), wb.size());
        int max = Math.max(wa.size(), wb.size());
        double lcsMin = min == 0 ? 0 : (double) lcs / min;
        double lcsMax = max == 0 ? 0 : (double) lcs / max;
        double lengthRatio = max == 0 ? 0 : (double) min / max;
        int names = a.names().size() + b.names().size();
        int unmatched = unmatchedNames(a.names(), b.names()) + unmatchedNames(b.names(), a.names());
        double nameMismatch = names == 0 ? 0 : (double) unmatched / names;
        int union = union(a.numbers(), b.numbers());
        int common = a.numbers().size() + b.numbers().size() - union;
        double numberMismatch = union == 0 ? 0 : (double) (union - common) / union;
        double negation = (a.negations() % 2) != (b.negations() % 2) ? 1 : 0;
        double bigrams = bigramDice(wa, wb);
        double unmatchedContent = Math.log1p(Math.max(ca - shared, cb - shared));
        return new PairFeatures(
                dice,
                containment,
                lcsMin,
                lcsMax,
                lengthRatio,
                nameMismatch,
                numberMismatch,
                negation,
                bigrams,
                unmatchedContent,
                shared);
    }

    /** The measures as a vector, in the order of the record components (without {@code shared}). */
    double[] vector() {
        return new double[] {
            dice,
            containment,
            lcsMin,
            lcsMax,
            lengthRatio,
            nameMismatch,
            numberMismatch,
            negationMismatch,
            bigramDice,
            unmatched
        };
    }

    private static double bigramDice(List<String> a, List<String> b) {
        if (a.size() < 2 || b.size() < 2) {
            return 0;
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (int i = 1; i < a.size(); i++) {
            counts.merge(a.get(i - 1) + ' ' + a.get(i), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 1; i < b.size(); i++) {
            String g = b.get(i - 1) + ' ' + b.get(i);
            Integer c = counts.get(g);
            if (c != null && c > 0) {
                common++;
                counts.put(g, c - 1);
            }
        }
        return 2.0 * common / (a.size() - 1 + b.size() - 1);
    }

    private static List<String> cap(List<String> words) {
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }

    private static int union(Set<String> a, Set<String> b) {
        int n = a.size();
        for (String s : b) {
            if (!a.contains(s)) {
                n++;
            }
        }
        return n;
    }

    private static int sharedContent(Set<String> a, Set<String> b) {
        boolean aSmall = a.size() <= b.size();
        Set<String> small = aSmall ? a : b;
        Set<String> large = aSmall ? b : a;
        int n = 0;
        for (String s : small) {
            if (large.contains(s) || (s.length() >= 4 && fuzzyIn(s, large))) {
                n++;
            }
        }
        return n;
    }

    private static int unmatchedNames(Set<String> from, Set<String> to) {
        int n = 0;
        for (String s : from) {
            if (!to.contains(s) && !fuzzyIn(s, to)) {
                n++;
            }
        }
        return n;
    }

    private static boolean fuzzyIn(String s, Set<String> set) {
        for (String t : set) {
            if (NameVariants.similar(s, t)) {
                return true;
            }
        }
        return false;
    }

    static int lcs(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = x.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}

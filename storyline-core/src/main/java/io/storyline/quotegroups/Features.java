package io.storyline.quotegroups;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A quote's normalised words and content stems, computed once per grouping. */
final class Features {

    final GroupQuote quote;
    final List<String> tokens;
    final List<String> content;
    final Set<String> contentSet;
    /** The character trigrams of the tokens joined by spaces (for {@link Lexical#trigramDice}). */
    final Set<String> trigrams;

    Features(GroupQuote quote) {
        this.quote = quote;
        this.tokens = Lexical.tokens(quote.text());
        this.content = Lexical.content(tokens);
        this.contentSet = new HashSet<>(content);
        this.trigrams = Lexical.trigrams(String.join(" ", tokens));
    }

    /** Inverse document frequency of each content stem over the story's quotes. */
    static Map<String, Double> idf(List<Features> all) {
        Map<String, Integer> df = new HashMap<>();
        for (Features f : all) {
            f.contentSet.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        Map<String, Double> idf = new HashMap<>();
        int n = all.size();
        df.forEach((w, d) -> idf.put(w, Math.log((n + 1.0) / (d + 1.0)) + 1.0));
        return idf;
    }

    /** IDF-weighted share of the lighter quote's content stems that the other quote also has. */
    static double weightedShare(Features a, Features b, Map<String, Double> idf) {
        double wa = weight(a.contentSet, idf);
        double wb = weight(b.contentSet, idf);
        if (wa == 0 || wb == 0) {
            return 0;
        }
        double shared = 0;
        for (String w : a.contentSet) {
            if (b.contentSet.contains(w)) {
                shared += idf.getOrDefault(w, 1.0);
            }
        }
        return shared / Math.min(wa, wb);
    }

    /** Summed IDF of the content stems both quotes have: many rare shared words mark one statement. */
    static double sharedMass(Features a, Features b, Map<String, Double> idf) {
        double shared = 0;
        for (String w : a.contentSet) {
            if (b.contentSet.contains(w)) {
                shared += idf.getOrDefault(w, 1.0);
            }
        }
        return shared;
    }

    private static double weight(Set<String> words, Map<String, Double> idf) {
        double sum = 0;
        for (String w : words) {
            sum += idf.getOrDefault(w, 1.0);
        }
        return sum;
    }
}

package io.storyline.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inverse document frequencies of a story's comparison keys (content lemmas, names and numbers),
 * counted over its units: a word most statements of the story use is topic, not evidence.
 */
final class KeyEvidence {

    private final List<Set<String>> keys = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();

    KeyEvidence(List<ClaimUnit> all) {
        Map<String, Integer> df = new HashMap<>();
        for (ClaimUnit u : all) {
            Set<String> k = keys(u.statement());
            keys.add(k);
            k.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        df.forEach((w, n) -> idf.put(w, Math.log((double) all.size() / n)));
    }

    /**
     * {@code minEvidence}, or in a story too small for any word to weigh that much, the weight of a
     * word only two statements use.
     */
    double enough(double minEvidence) {
        return Math.min(minEvidence, Math.log(keys.size() / 2.0));
    }

    /** Summed IDF of the keys units {@code i} and {@code j} share. */
    double shared(int i, int j) {
        Set<String> a = keys.get(i);
        Set<String> b = keys.get(j);
        if (a.size() > b.size()) {
            Set<String> t = a;
            a = b;
            b = t;
        }
        double sum = 0;
        for (String w : a) {
            if (b.contains(w)) {
                sum += idf.getOrDefault(w, 0.0);
            }
        }
        return sum;
    }

    private static Set<String> keys(Statement s) {
        Set<String> k = new HashSet<>(s.content());
        k.addAll(s.names());
        s.numbers().forEach(n -> k.add("#" + n));
        return k;
    }
}

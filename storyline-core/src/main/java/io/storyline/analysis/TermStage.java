package io.storyline.analysis;

import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts the article's content words (nouns, proper nouns, verbs, adjectives, numbers) by lemma,
 * leaving out light verbs and reporting verbs that say nothing about the event. Proper nouns keep
 * their written form (lower case), so "May" the name is not "may".
 */
public final class TermStage implements ArticleStage {

    private static final Set<String> LIGHT = Set.of(
            "be", "have", "do", "say", "tell", "make", "get", "go", "take", "come", "see", "know", "also", "would",
            "could", "should", "may", "might", "will", "can", "must", "year", "day", "time", "week", "month", "people",
            "thing", "way", "one", "new", "other", "many", "last", "first", "more", "most", "such");

    @Override
    public String name() {
        return "terms";
    }

    @Override
    public Set<Facet> needs() {
        return Set.of(Facet.SENTENCES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.TERMS);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle a) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                String key = key(t);
                if (key != null) {
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        return a.withTerms(counts);
    }

    private static @org.jspecify.annotations.Nullable String key(Token t) {
        if (!t.contentWord()) {
            return null;
        }
        String k = t.pos().equals("PROPN") ? t.text().toLowerCase(Locale.ROOT) : t.lemma();
        if (k.endsWith(".")) {
            k = k.substring(0, k.length() - 1);
        }
        if (k.length() < 2 || k.length() > 40 || LIGHT.contains(k) || !hasLetter(k)) {
            return null;
        }
        return k;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

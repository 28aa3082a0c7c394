package io.storyline.cluster;

import io.storyline.embed.Embedding;
import io.storyline.names.NameType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The article side of pair scoring under today's idf, computed once when the article is placed (or
 * placed again by the re-clustering) and then compared with every candidate story: its tf-idf and
 * name-word vectors with their norms, its embedding with its norm, its numbers, places and people
 * with their idfs, the years it mentions, and its main name.
 */
final class ArticleVectors {

    final ArticleFeatures features;
    final WeightedTerms terms;
    final WeightedTerms nameWords;
    final float @Nullable [] embedding;
    final double embeddingNorm2;
    final Keys numbers;
    final Keys places;
    final Keys people;

    /** The years the article mentions (term keys {@code #YYYY}). */
    final List<String> years;

    /** The article's most mentioned name, at least {@code nameClashMentions} times, or null. */
    final @Nullable String mainName;

    /** Mentions of the article's names by last word. */
    private final Map<String, Integer> lastWordMentions = new HashMap<>();

    ArticleVectors(ArticleFeatures f, IdfTable idf, int nameClashMentions) {
        features = f;
        terms = new WeightedTerms(idf.tfidf(f.terms()), idf);
        Map<String, Double> words = new HashMap<>();
        for (String w : IdfTable.nameWords(f)) {
            words.put(w, idf.idf(w));
        }
        nameWords = new WeightedTerms(words, idf);
        Embedding e = f.embedding();
        embedding = e == null ? null : e.copyOf();
        embeddingNorm2 = embedding == null ? 0 : PairScorer.norm2(embedding);
        List<String> numberKeys = new ArrayList<>();
        f.cues().numbers().forEach(n -> numberKeys.add(IdfTable.numberKey(n)));
        numbers = new Keys(List.copyOf(f.cues().numbers()), numberKeys, idf);
        Set<String> placeNames = new TreeSet<>();
        Set<String> peopleNames = new TreeSet<>();
        f.nameTypes().forEach((n, t) -> {
            if (t == NameType.PLACE) {
                placeNames.add(n);
            } else if (t == NameType.PERSON) {
                peopleNames.add(n);
            }
        });
        places = Keys.names(placeNames, idf);
        people = Keys.names(peopleNames, idf);
        List<String> mentioned = new ArrayList<>();
        for (String k : f.terms().keySet()) {
            if (ArticleFeatures.isYear(k)) {
                mentioned.add(k);
            }
        }
        years = List.copyOf(mentioned);
        mainName = PairScorer.mostFrequent(f.names(), nameClashMentions);
        f.names().forEach((n, c) -> lastWordMentions.merge(PairScorer.lastWord(n), c, Integer::sum));
    }

    /** How often the article mentions names whose last word is {@code word}. */
    int mentions(String word) {
        return lastWordMentions.getOrDefault(word, 0);
    }

    /**
     * Keys of one kind an article holds (numbers, places, people), each with the idf of its counted
     * key, in the order of the set they came from.
     */
    static final class Keys {
        private final List<String> keys;
        private final double[] idfs;
        private final double all;

        private Keys(List<String> keys, List<String> counted, IdfTable idf) {
            this.keys = keys;
            idfs = new double[keys.size()];
            double sum = 0;
            for (int i = 0; i < idfs.length; i++) {
                idfs[i] = idf.idf(counted.get(i));
                sum += idfs[i];
            }
            all = sum;
        }

        static Keys names(Set<String> names, IdfTable idf) {
            List<String> counted = new ArrayList<>();
            names.forEach(n -> counted.add("n:" + n));
            return new Keys(List.copyOf(names), counted, idf);
        }

        boolean isEmpty() {
            return keys.isEmpty();
        }

        /** The idf-weighted share of these keys that {@code story} holds (0 when there are none). */
        double share(Map<String, Integer> story) {
            double shared = 0;
            for (int i = 0; i < idfs.length; i++) {
                shared += story.containsKey(keys.get(i)) ? idfs[i] : 0;
            }
            return all == 0 ? 0 : shared / all;
        }
    }
}

package io.storyline.cli;

import io.storyline.cluster.ArticleFeatures;
import io.storyline.embed.Embedding;
import io.storyline.names.NameType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Synthetic article features for measuring story assembly at sizes no labelled set has: each
 * event has its own 40 words, a person and a place; every article adds 60 words from a skewed
 * 20,000-word vocabulary. Used by {@code storyline bench} and the JMH benchmark.
 */
public final class SyntheticArticles {

    /** As many dimensions as the MiniLM embeddings. */
    private static final int DIMENSIONS = 384;

    private SyntheticArticles() {}

    /** Article {@code i} about {@code event}; {@code rnd} draws its shared-vocabulary words. */
    public static ArticleFeatures article(SplittableRandom rnd, int i, int event) {
        Map<String, Integer> terms = new HashMap<>();
        SplittableRandom ev = new SplittableRandom(event * 7919L);
        for (int k = 0; k < 25; k++) {
            terms.merge("e" + event + "w" + ev.nextInt(40), 1 + rnd.nextInt(3), Integer::sum);
        }
        for (int k = 0; k < 60; k++) {
            terms.merge("w" + (int) Math.floor(Math.pow(rnd.nextDouble(), 2) * 20000), 1, Integer::sum);
        }
        Map<String, Integer> names = Map.of("person " + event, 2, "place " + (event % 500), 1);
        Map<String, NameType> types =
                Map.of("person " + event, NameType.PERSON, "place " + (event % 500), NameType.PLACE);
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(event / 20);
        Set<String> lead = new HashSet<>();
        for (int k = 0; k < 8; k++) {
            lead.add("e" + event + "w" + ev.nextInt(40));
        }
        ArticleFeatures.Cues cues = new ArticleFeatures.Cues(
                Set.of(), lead, Set.of(day.minusDays(1).toString()), Set.of(String.valueOf(ev.nextInt(500))));
        double[] v = new double[DIMENSIONS];
        double norm = 0;
        for (int k = 0; k < DIMENSIONS; k++) {
            v[k] = ev.nextDouble() - 0.5 + 0.3 * (rnd.nextDouble() - 0.5);
            norm += v[k] * v[k];
        }
        List<Float> embedding = new ArrayList<>(DIMENSIONS);
        for (double x : v) {
            embedding.add((float) (x / Math.sqrt(norm)));
        }
        return new ArticleFeatures("a" + i, day, terms, names, types, null, Embedding.fromList(embedding), cues);
    }
}

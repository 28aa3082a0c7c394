package io.storyline.spark;

import io.storyline.cluster.ArticleFeatures;
import io.storyline.embed.Embedding;
import io.storyline.names.NameType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic article features for the grouping stage's scaling curve (no NLP): article {@code i}
 * reports event {@code i / 5}; events are spread over three years; an article carries 8 of its
 * event's 12 rare terms, 30 common words (skewed over 5,000), 2 or 3 of its event's names, its
 * event's day (±2) and a 384-dimension embedding near its event's. Deterministic in {@code i}.
 */
final class SyntheticFeatures {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final int PER_EVENT = 5;
    private static final int DIMENSIONS = 384;

    private SyntheticFeatures() {}

    static Keyed keyed(long i, long total) {
        ArticleFeatures f = article(i, total);
        return new Keyed(f.id(), StreamOrder.key(f.id(), f.published()), FeatureCodec.encode(f));
    }

    static ArticleFeatures article(long i, long total) {
        long event = i / PER_EVENT;
        long events = Math.max(1, total / PER_EVENT);
        Random re = new Random(event * 7919L + 17);
        Random r = new Random(i * 104_729L + 31);
        LocalDate day = START.plusDays(event * 1095 / events + r.nextInt(5) - 2);
        List<String> eventTerms = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            eventTerms.add("t" + re.nextInt(2_000_000));
        }
        List<String> eventNames = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            eventNames.add("name" + re.nextInt(200_000) + " person" + re.nextInt(50_000));
        }
        float[] centre = gaussian(re);
        Map<String, Integer> terms = new LinkedHashMap<>();
        Set<String> lead = new LinkedHashSet<>();
        for (int k = 0; k < 8; k++) {
            String t = eventTerms.get(r.nextInt(eventTerms.size()));
            terms.merge(t, 1 + r.nextInt(3), Integer::sum);
            if (k < 5) {
                lead.add(t);
            }
        }
        for (int k = 0; k < 30; k++) {
            terms.merge("c" + (int) (5000 * Math.pow(r.nextDouble(), 3)), 1, Integer::sum);
        }
        Map<String, Integer> names = new LinkedHashMap<>();
        Map<String, NameType> types = new LinkedHashMap<>();
        int n = 2 + r.nextInt(2);
        for (int k = 0; k < n; k++) {
            String name = eventNames.get(k);
            names.merge(name, 1 + r.nextInt(4), Integer::sum);
            types.put(name, k == 0 ? NameType.PLACE : NameType.PERSON);
        }
        float[] v = gaussian(r);
        float[] e = new float[DIMENSIONS];
        for (int k = 0; k < DIMENSIONS; k++) {
            e[k] = centre[k] + 0.6f * v[k];
        }
        Set<String> title = new LinkedHashSet<>(eventTerms.subList(0, 4));
        return new ArticleFeatures(
                "a" + i,
                day,
                terms,
                names,
                types,
                null,
                unit(e),
                new ArticleFeatures.Cues(title, lead, Set.of(day.toString()), Set.of()));
    }

    private static float[] gaussian(Random r) {
        float[] v = new float[DIMENSIONS];
        for (int k = 0; k < DIMENSIONS; k++) {
            v[k] = (float) r.nextGaussian();
        }
        return v;
    }

    private static Embedding unit(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        List<Float> out = new ArrayList<>(v.length);
        double norm = Math.sqrt(s);
        for (float x : v) {
            out.add((float) (x / norm));
        }
        return Embedding.fromList(out);
    }
}

package io.storyline.spark;

import io.storyline.cluster.ArticleFeatures;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.cluster.StoryAssembler;
import io.storyline.cluster.StoryPairModel;
import io.storyline.dedup.Fingerprint;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * Story grouping at scale, with the embedded assembler's decision and without comparing all pairs.
 *
 * <ol>
 *   <li>Document frequencies of the whole input for every key the assembler weighs ({@link
 *       StoryAssembler#idfKeys}); each article carries the frequencies of its own keys.
 *   <li>Blocking: each article emits its {@code blockKeys} rarest terms and names (held by 2 to
 *       {@code maxBlock} articles) tagged with a time bucket ({@code windowDays} wide, emitted into its
 *       own and the next bucket; undated articles into the years they mention), and its fingerprint's
 *       LSH bands. Articles sharing a block are candidate pairs; a block over {@code maxBlock} articles
 *       is dropped, so no stage grows with the square of the input.
 *   <li>Each candidate pair is scored by the embedded {@link StoryAssembler} itself: the later article
 *       (in stream order) against the story of the earlier one, with the collection's idf. Pairs that
 *       reach {@code edgeFactor} times the join threshold, or are near-duplicates, are edges.
 *   <li>Connected components of the edges (min-label propagation) are units of work, not stories: the
 *       articles of a component are placed one by one, in stream order, by a {@link StoryAssembler}
 *       with the collection's idf, which joins an article to a story only when the article scores
 *       against that whole story. So a hub article does not chain two events into one story.
 * </ol>
 *
 * <p>Story ids are {@code s} and 12 hex digits of the SHA-1 of the story's first article id (in
 * stream order): the same input gives the same ids on every run and any partitioning.
 */
final class StoryGrouping implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Settings of the grouping stage.
     *
     * @param blockKeys rarest terms and names per article used as blocking keys
     * @param maxBlock largest block (and largest document frequency of a blocking key) kept
     * @param windowDays width of a time bucket
     * @param edgeFactor share of the join threshold from which a pair is an edge
     * @param maxIterations most label-propagation rounds
     */
    record Settings(int blockKeys, int maxBlock, int windowDays, double edgeFactor, int maxIterations)
            implements Serializable {

        Settings {
            if (blockKeys < 1 || maxBlock < 2 || windowDays < 1 || maxIterations < 1) {
                throw new IllegalArgumentException(
                        "need blockKeys >= 1, maxBlock >= 2, windowDays >= 1, maxIterations >= 1");
            }
            if (!(edgeFactor > 0 && edgeFactor <= 1)) {
                throw new IllegalArgumentException("edgeFactor must be in (0, 1], got " + edgeFactor);
            }
        }

        /**
         * 30 keys, blocks of at most 300, 14-day buckets, edges from 0.45 of the join threshold. Chosen
         * on the three development sets together (B³-F1 of the Spark stories against the embedded ones:
         * 0.990); the settings tried are in {@code docs/TUNING.md}.
         */
        static Settings defaults() {
            return new Settings(30, 300, 14, 0.45, 60);
        }
    }

    /** Where an article went: its story, and the earlier article it nearly duplicates (or null). */
    record Placement(String story, @Nullable String nearDuplicateOf) implements Serializable {}

    /** What the stage did, for the job's summary. */
    record Stats(long articles, long pairs, long edges, int iterations, long largestComponent)
            implements Serializable {}

    /** An article with the collection's frequencies of its keys. */
    record Enriched(Keyed article, Map<String, Integer> df) implements Serializable {

        Enriched {
            df = new HashMap<>(df); // a serializable copy
        }
    }

    private final Settings settings;

    StoryGrouping(Settings settings) {
        this.settings = settings;
    }

    /** Article id → where it went, and what the stage did. */
    Tuple2<JavaPairRDD<String, Placement>, Stats> group(JavaRDD<Keyed> articles) {
        long documents = articles.count();
        JavaPairRDD<String, Enriched> enriched = enrich(articles).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> pairs = candidatePairs(enriched).persist(StorageLevel.MEMORY_AND_DISK());
        long pairCount = pairs.count();
        JavaPairRDD<String, String> edges = edges(pairs, enriched, documents).persist(StorageLevel.MEMORY_AND_DISK());
        long edgeCount = edges.count();
        pairs.unpersist();
        Tuple2<JavaPairRDD<String, String>, Integer> labels = components(edges, enriched);
        JavaPairRDD<String, String> componentOf = labels._1();
        long largest = componentOf
                .mapToPair(t -> new Tuple2<>(t._2(), 1L))
                .reduceByKey(Long::sum)
                .values()
                .fold(0L, Math::max);
        JavaPairRDD<String, Placement> stories = assemble(componentOf, enriched, documents);
        return new Tuple2<>(stories, new Stats(documents, pairCount, edgeCount, labels._2(), largest));
    }

    private static JavaPairRDD<String, Enriched> enrich(JavaRDD<Keyed> articles) {
        JavaPairRDD<String, String> keyOf = articles.flatMapToPair(a -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (String k : StoryAssembler.idfKeys(FeatureCodec.decode(a.features()))) {
                out.add(new Tuple2<>(k, a.id()));
            }
            return out.iterator();
        });
        JavaPairRDD<String, Integer> df =
                keyOf.mapToPair(t -> new Tuple2<>(t._1(), 1)).reduceByKey(Integer::sum);
        JavaPairRDD<String, Map<String, Integer>> perArticle = keyOf.join(df)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .aggregateByKey(
                        new HashMap<String, Integer>(),
                        (m, kv) -> {
                            m.put(kv._1(), kv._2());
                            return m;
                        },
                        (a, b) -> {
                            a.putAll(b);
                            return a;
                        })
                .mapToPair(t -> new Tuple2<>(t._1(), (Map<String, Integer>) t._2()));
        return articles.mapToPair(a -> new Tuple2<>(a.id(), a))
                .leftOuterJoin(perArticle)
                .mapToPair(t -> new Tuple2<>(
                        t._1(), new Enriched(t._2()._1(), t._2()._2().orElse(Map.of()))));
    }

    /** Candidate pairs (earlier id, later id) in stream order, each once. */
    private JavaPairRDD<String, String> candidatePairs(JavaPairRDD<String, Enriched> enriched) {
        Settings s = settings;
        return enriched.values()
                .flatMapToPair(e -> blockKeys(e, s).stream()
                        .map(k -> new Tuple2<>(
                                k, new Tuple2<>(e.article().order(), e.article().id())))
                        .iterator())
                .groupByKey()
                .flatMapToPair(block -> {
                    List<Tuple2<String, String>> members = new ArrayList<>();
                    block._2().forEach(members::add);
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    if (members.size() < 2 || members.size() > s.maxBlock()) {
                        return out.iterator();
                    }
                    members.sort(Comparator.comparing(Tuple2::_1));
                    for (int i = 0; i < members.size(); i++) {
                        for (int j = i + 1; j < members.size(); j++) {
                            out.add(new Tuple2<>(
                                    members.get(i)._2(), members.get(j)._2()));
                        }
                    }
                    return out.iterator();
                })
                .distinct();
    }

    /** The blocking keys of one article (see the class comment). */
    static List<String> blockKeys(Enriched e, Settings s) {
        ArticleFeatures f = FeatureCodec.decode(e.article().features());
        List<String> keys = new ArrayList<>();
        for (String t : f.terms().keySet()) {
            if (!ArticleFeatures.isYear(t)) {
                keys.add(t);
            }
        }
        for (String n : f.names().keySet()) {
            keys.add("n:" + n);
        }
        List<String> rare = keys.stream()
                .filter(k -> {
                    int d = e.df().getOrDefault(k, 0);
                    return d >= 2 && d <= s.maxBlock();
                })
                .sorted(Comparator.comparingInt((String k) -> e.df().getOrDefault(k, 0))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(s.blockKeys())
                .toList();
        List<String> buckets = buckets(f, s.windowDays());
        List<String> out = new ArrayList<>();
        for (String k : rare) {
            for (String b : buckets) {
                out.add(k + "@" + b);
            }
        }
        Fingerprint fp = f.fingerprint();
        if (fp != null && !fp.isEmpty()) {
            for (long band : fp.bands(4)) {
                out.add("b:" + band);
            }
        }
        return out;
    }

    /** A dated article's bucket and the next; an undated article's mentioned years, or "u". */
    private static List<String> buckets(ArticleFeatures f, int windowDays) {
        LocalDate d = f.published();
        List<String> out = new ArrayList<>();
        if (d != null) {
            long b = Math.floorDiv(d.toEpochDay(), windowDays);
            out.add("d" + b);
            out.add("d" + (b + 1));
            out.add("y" + d.getYear());
            return out;
        }
        out.add("u");
        for (String t : f.terms().keySet()) {
            if (ArticleFeatures.isYear(t)) {
                out.add("y" + t.substring(1));
            }
        }
        return out;
    }

    /** The candidate pairs that the assembler's own decision links (both directions). */
    private JavaPairRDD<String, String> edges(
            JavaPairRDD<String, String> pairs, JavaPairRDD<String, Enriched> enriched, long documents) {
        double factor = settings.edgeFactor();
        return pairs.join(enriched)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                .join(enriched)
                .filter(t -> linked(t._2()._1(), t._2()._2(), documents, factor))
                .flatMapToPair(t -> List.of(
                                new Tuple2<>(t._2()._1().article().id(), t._1()),
                                new Tuple2<>(t._1(), t._2()._1().article().id()))
                        .iterator());
    }

    /** Whether {@code later} scores against a story of {@code earlier} alone near the join threshold. */
    static boolean linked(Enriched earlier, Enriched later, long documents, double factor) {
        Map<String, Integer> df = new HashMap<>(earlier.df());
        df.putAll(later.df());
        StoryAssembler a = assembler(documents, df);
        ArticleFeatures e = FeatureCodec.decode(earlier.article().features());
        ArticleFeatures l = FeatureCodec.decode(later.article().features());
        Fingerprint fe = e.fingerprint();
        Fingerprint fl = l.fingerprint();
        if (fe != null
                && fl != null
                && !fe.isEmpty()
                && !fl.isEmpty()
                && fl.similarity(fe) >= AssemblyOptions.defaults().nearDuplicate()) {
            return true;
        }
        a.restore(e, "s1");
        Optional<StoryAssembler.Candidate> c = a.score(l, "s1");
        return c.isPresent() && c.get().score() >= factor * a.threshold(l);
    }

    private static StoryAssembler assembler(long documents, Map<String, Integer> df) {
        AssemblyOptions options = AssemblyOptions.defaults();
        StoryPairModel model = options.learned() ? ExecutorModels.pairModel() : null;
        return new StoryAssembler(options, model, new StoryAssembler.Frequencies(documents, df));
    }

    /** Article id → component label (the stream-order key of its earliest member), and the rounds it took. */
    private Tuple2<JavaPairRDD<String, String>, Integer> components(
            JavaPairRDD<String, String> edges, JavaPairRDD<String, Enriched> enriched) {
        // one partitioner for edges and labels, so each round's joins and reduce keep the partition
        // count (a union of unpartitioned RDDs would add the partitions of both, every round)
        HashPartitioner by = new HashPartitioner(Math.max(2, enriched.getNumPartitions()));
        JavaPairRDD<String, String> order = enriched.mapValues(e -> e.article().order());
        JavaPairRDD<String, String> links = edges.partitionBy(by).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> labels = links.keys()
                .distinct()
                .mapToPair(id -> new Tuple2<>(id, id))
                .join(order, by)
                .mapToPair(t -> new Tuple2<>(t._1(), t._2()._2()))
                .partitionBy(by)
                .persist(StorageLevel.MEMORY_AND_DISK());
        int round = 0;
        while (round < settings.maxIterations()) {
            round++;
            // each node takes the smallest label among its own and its neighbours'; then jumps to the
            // label of the node its label names (pointer jumping), so a chain of length d converges in
            // about log2(d) rounds instead of d
            JavaPairRDD<String, String> sent = links.join(labels, by).mapToPair(t -> t._2());
            JavaPairRDD<String, String> min = labels.union(sent)
                    .reduceByKey(by, (a, b) -> a.compareTo(b) <= 0 ? a : b)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            JavaPairRDD<String, String> jumped = min.mapToPair(t -> new Tuple2<>(node(t._2()), t._1()))
                    .join(min, by)
                    .mapToPair(t -> t._2());
            JavaPairRDD<String, String> next = min.union(jumped)
                    .reduceByKey(by, (a, b) -> a.compareTo(b) <= 0 ? a : b)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long changed = next.join(labels, by)
                    .filter(t -> !t._2()._1().equals(t._2()._2()))
                    .count();
            labels.unpersist();
            min.unpersist();
            labels = next;
            if (round % 10 == 0) {
                labels.rdd().localCheckpoint(); // cut the lineage that each round lengthens
            }
            if (changed == 0) {
                break;
            }
        }
        links.unpersist();
        JavaPairRDD<String, String> all = order.leftOuterJoin(labels, by)
                .mapToPair(t -> new Tuple2<>(t._1(), t._2()._2().orElse(t._2()._1())));
        return new Tuple2<>(all, round);
    }

    /** The article id a label (a {@link StreamOrder} key) names. */
    private static String node(String label) {
        return label.substring(label.indexOf('|', label.indexOf('|') + 1) + 1); // date|sha1|id; ids may hold '|'
    }

    /** Places the articles of each component, in stream order, with the embedded assembler. */
    private static JavaPairRDD<String, Placement> assemble(
            JavaPairRDD<String, String> componentOf, JavaPairRDD<String, Enriched> enriched, long documents) {
        return componentOf.join(enriched).mapToPair(t -> t._2()).groupByKey().flatMapToPair(c -> {
            List<Enriched> members = new ArrayList<>();
            c._2().forEach(members::add);
            return place(members, documents).iterator();
        });
    }

    /** Article id → placement (stable story id) for the articles of one component. */
    static List<Tuple2<String, Placement>> place(List<Enriched> members, long documents) {
        members.sort(Comparator.comparing(e -> e.article().order()));
        Map<String, Integer> df = new HashMap<>();
        members.forEach(m -> df.putAll(m.df()));
        StoryAssembler a = assembler(documents, df);
        Map<String, String> orderOf = new HashMap<>();
        Map<String, String> duplicateOf = new HashMap<>();
        for (Enriched m : members) {
            orderOf.put(m.article().id(), m.article().order());
            String dup = a.add(FeatureCodec.decode(m.article().features())).nearDuplicateOf();
            if (dup != null) {
                duplicateOf.put(m.article().id(), dup);
            }
        }
        List<Tuple2<String, Placement>> out = new ArrayList<>();
        for (List<String> story : a.stories().values()) {
            String first = story.stream()
                    .min(Comparator.comparing(id -> orderOf.getOrDefault(id, "")))
                    .orElseThrow();
            String id = "s" + StreamOrder.shortHash(first);
            story.forEach(article -> out.add(new Tuple2<>(article, new Placement(id, duplicateOf.get(article)))));
        }
        return out;
    }
}

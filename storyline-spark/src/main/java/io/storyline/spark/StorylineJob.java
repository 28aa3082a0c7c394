package io.storyline.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * The Storyline analysis as a Spark batch job: {@code StorylineJob INPUT... --out DIR [--master URL]
 * [--partitions N] [--no-embeddings]}.
 *
 * <p>Reads the inputs with the CLI's readers ({@link Inputs}), analyses articles with the CLI's
 * pipeline in a {@code mapPartitions} ({@link Analysed}), groups them into stories with the embedded
 * assembler's decision ({@link StoryGrouping}), digests each story with the embedded digester after a
 * {@code groupByKey} ({@link StoryViews}) and writes under {@code DIR}:
 *
 * <ul>
 *   <li>{@code articles/} Parquet: {@code id, story, input, title, published, outlet, url, language,
 *       near_duplicate_of, flags (array), json} (the contract's article object) and {@code doc} (the
 *       whole analysis as the store's JSON document, which {@code storyline import} reads);
 *   <li>{@code stories/} Parquet: {@code story, size, articles (array, story order), json} (the
 *       contract's story object);
 *   <li>{@code stories-json/} and {@code articles-json/}: the same JSON, one object per line (text);
 *   <li>{@code skipped/} Parquet: {@code input, reason}, for every input that was not analysed.
 * </ul>
 *
 * <p>A bad input never fails the job; the exit code is 0 when everything was analysed, 3 when some
 * inputs were skipped, 1 when nothing was, 2 for a usage error (as {@code storyline analyze}).
 */
public final class StorylineJob {

    private StorylineJob() {}

    /** The job's arguments. */
    record Args(
            List<String> inputs,
            String out,
            @Nullable String master,
            int partitions,
            boolean embeddings,
            StoryGrouping.Settings grouping) {

        static Args parse(String[] args) {
            List<String> inputs = new ArrayList<>();
            String out = null;
            String master = null;
            int partitions = 0;
            boolean embeddings = true;
            StoryGrouping.Settings g = StoryGrouping.Settings.defaults();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--out" -> out = value(args, ++i, a);
                    case "--master" -> master = value(args, ++i, a);
                    case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
                    case "--no-embeddings" -> embeddings = false;
                    case "--edge-factor" ->
                        g = new StoryGrouping.Settings(
                                g.blockKeys(),
                                g.maxBlock(),
                                g.windowDays(),
                                Double.parseDouble(value(args, ++i, a)),
                                g.maxIterations());
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        inputs.add(a);
                    }
                }
            }
            if (inputs.isEmpty() || out == null) {
                throw new IllegalArgumentException("need at least one INPUT and --out DIR");
            }
            return new Args(List.copyOf(inputs), out, master, partitions, embeddings, g);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    /** What a run did. */
    record Summary(long read, long analysed, long skipped, long stories, StoryGrouping.Stats grouping) {

        int exitCode() {
            return analysed == 0 ? 1 : skipped == 0 ? 0 : 3;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "read %d articles: %d analysed; %d input%s skipped; %d stories"
                            + " (%d candidate pairs, %d edges, %d label rounds, largest component %d)",
                    read,
                    analysed,
                    skipped,
                    skipped == 1 ? "" : "s",
                    stories,
                    grouping.pairs(),
                    grouping.edges() / 2,
                    grouping.iterations(),
                    grouping.largestComponent());
        }
    }

    public static void main(String[] argv) {
        Args args;
        try {
            args = Args.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("storyline spark: " + e.getMessage());
            System.err.println(
                    "usage: StorylineJob INPUT... --out DIR [--master URL] [--partitions N] [--no-embeddings]");
            System.exit(2);
            return;
        }
        SparkSession.Builder b = SparkSession.builder().appName("storyline");
        if (args.master() != null) {
            b = b.master(args.master());
        }
        SparkSession spark = b.getOrCreate();
        Summary s;
        try {
            s = run(spark, args);
        } finally {
            spark.stop();
        }
        System.out.println(s);
        System.exit(s.exitCode());
    }

    /** Runs the job in {@code spark}; writes under {@code args.out()}. */
    static Summary run(SparkSession spark, Args args) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int parallelism = args.partitions() > 0 ? args.partitions() : Math.max(2, sc.defaultParallelism() * 2);
        List<Inputs.Item> listed = Inputs.list(args.inputs(), sc.hadoopConfiguration());
        List<String> files = listed.stream()
                .filter(i -> i.reason() == null)
                .map(Inputs.Item::input)
                .toList();
        JavaRDD<Inputs.Item> items = sc.parallelize(files, Math.max(1, Math.min(files.size(), parallelism)))
                .flatMap(f -> Inputs.read(f).iterator())
                .union(sc.parallelize(
                        listed.stream().filter(i -> i.reason() != null).toList(), 1))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Boolean, Inputs.Item> firsts = firstOfEachId(items).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Inputs.Item> unique = firsts.filter(t -> t._1()).values();
        boolean embeddings = args.embeddings();
        JavaRDD<Analysed> analysed = unique.filter(i -> i.article() != null)
                .repartition(parallelism)
                .mapPartitions(it -> Analysed.partition(it, embeddings))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Analysed> ok = analysed.filter(a -> a.error() == null);
        JavaRDD<Row> skipped = items.filter(i -> i.article() == null)
                .map(i -> RowFactory.create(i.input(), i.reason()))
                .union(firsts.filter(t -> !t._1())
                        .values()
                        .map(i -> RowFactory.create(
                                i.input(),
                                "article id "
                                        + java.util.Objects.requireNonNull(i.article())
                                                .id() + " occurs twice in this input; the first was kept")))
                .union(analysed.filter(a -> a.error() != null).map(a -> RowFactory.create(a.input(), a.error())));
        write(spark, skipped, skippedSchema(), args.out() + "/skipped");

        JavaRDD<Keyed> keyed =
                ok.map(a -> new Keyed(a.id(), a.order(), java.util.Objects.requireNonNull(a.features())));
        Tuple2<JavaPairRDD<String, StoryGrouping.Placement>, StoryGrouping.Stats> grouped =
                new StoryGrouping(args.grouping()).group(keyed);
        JavaPairRDD<String, StoryViews.Placed> byStory = ok.mapToPair(a -> new Tuple2<>(a.id(), a))
                .join(grouped._1())
                .mapToPair(t -> new Tuple2<>(
                        t._2()._2().story(),
                        new StoryViews.Placed(
                                t._2()._1().input(),
                                java.util.Objects.requireNonNull(t._2()._1().doc()),
                                t._2()._2().nearDuplicateOf())));
        JavaRDD<StoryViews.Written> written = byStory.groupByKey()
                .map(g -> StoryViews.write(g._1(), g._2(), embeddings))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Outputs.write(spark, args.out(), written);
        long read = items.filter(i -> i.article() != null).count();
        long skippedCount = spark.read().parquet(args.out() + "/skipped").count();
        long stories = written.count();
        return new Summary(read, ok.count(), skippedCount, stories, grouped._2());
    }

    /** Each article item, and whether it is the first of its id in input order (the CLI keeps the first). */
    private static JavaPairRDD<Boolean, Inputs.Item> firstOfEachId(JavaRDD<Inputs.Item> items) {
        return items.filter(i -> i.article() != null)
                .zipWithIndex()
                .mapToPair(t -> new Tuple2<>(
                        java.util.Objects.requireNonNull(t._1().article()).id(), t))
                .groupByKey()
                .flatMapToPair(g -> {
                    List<Tuple2<Inputs.Item, Long>> all = new ArrayList<>();
                    g._2().forEach(all::add);
                    all.sort(java.util.Comparator.comparingLong(Tuple2::_2));
                    List<Tuple2<Boolean, Inputs.Item>> out = new ArrayList<>();
                    for (int k = 0; k < all.size(); k++) {
                        out.add(new Tuple2<>(k == 0, all.get(k)._1()));
                    }
                    return out.iterator();
                });
    }

    static StructType skippedSchema() {
        return new StructType().add("input", DataTypes.StringType, false).add("reason", DataTypes.StringType, true);
    }

    static void write(SparkSession spark, JavaRDD<Row> rows, StructType schema, String path) {
        spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(path);
    }

    static void writeText(SparkSession spark, JavaRDD<String> lines, String path) {
        spark.createDataset(lines.rdd(), Encoders.STRING())
                .write()
                .mode(SaveMode.Overwrite)
                .text(path);
    }
}

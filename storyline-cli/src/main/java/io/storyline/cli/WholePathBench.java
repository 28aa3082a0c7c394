package io.storyline.cli;

import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StageTimes;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.eval.Clustering;
import io.storyline.store.ArticleLoader;
import io.storyline.store.JsonExport;
import io.storyline.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The whole path a user runs, {@code storyline analyze FILES --json OUT}, on a fresh data directory,
 * timed: model loading, reading, the article stages (summed over the analysis threads), what the loading
 * thread spends waiting for them, in story assembly and in the store, every story view of every digest,
 * and the export; articles per second end to end (model loading excluded, printed apart) and the peak
 * heap in use (sampled every 10 ms, garbage not yet collected included). The same calls as {@link
 * AnalyzeCommand}, run once, cold, as a user's run is. The data directory and the JSON are deleted after.
 */
final class WholePathBench {

    private WholePathBench() {}

    /** Runs the whole path on {@code inputs} and prints the figures to {@code out}; returns the wall seconds. */
    static double run(
            PrintWriter out,
            List<Path> inputs,
            Map<String, String> gold,
            Supplier<Pipeline> pipelineFactory,
            boolean embeddings,
            int threads) {
        out.printf(
                "whole path (analyze --json) on %s: %d cores, %d analysis threads, max heap %d MB, load average %s%n",
                inputs,
                Runtime.getRuntime().availableProcessors(),
                threads,
                Runtime.getRuntime().maxMemory() >> 20,
                loadAverage());
        out.flush();
        HeapSampler heap = HeapSampler.start();
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        Pipeline pipeline = pipelineFactory.get();
        double loading = (System.nanoTime() - t0) / 1e9;
        StageTimes stages = new StageTimes();
        StageTimes loaderTimes = new StageTimes();
        StageTimes views = new StageTimes();
        AnalyzeCommand.Summary summary = new AnalyzeCommand.Summary();
        Path dir = tempDir();
        Map<String, String> predicted = new HashMap<>();
        Parts m;
        try {
            m = measure(dir, inputs, pipeline, embeddings, threads, stages, loaderTimes, views, summary, predicted);
        } finally {
            ClusteringRun.delete(dir);
        }
        double wall = m.wall();
        double cpu = (m.c5() - m.c1()) / 1e9;
        int articles = summary.stored;
        out.printf(
                "  %d articles read, %d stored, %d skipped; %d stories (B3 F1 against gold %.4f)%n",
                summary.read,
                summary.stored,
                summary.skipped.size(),
                m.stories(),
                Clustering.score(predicted, gold).bcubedF1());
        out.printf(
                "  end to end %.1f s = %.1f articles/s; process CPU %.1f s = %.1f articles per CPU-second "
                        + "(models loaded before: %.1f s, %.1f CPU-s; peak heap in use %d MB)%n",
                wall, articles / wall, cpu, articles / cpu, loading, (m.c1() - c0) / 1e9, heap.stop() >> 20);
        m.print(out, articles);
        stageTables(out, threads, articles, stages, loaderTimes, views);
        out.flush();
        return wall;
    }

    /**
     * Wall seconds and process CPU readings (nanoseconds, {@link #cpuNanos}) of one run's parts: c1 before
     * loading, c2 after it, c3 after the story views' models loaded, c4 after the digests, c5 after the export.
     */
    private record Parts(
            double load,
            double viewsLoading,
            double digest,
            double export,
            long c1,
            long c2,
            long c3,
            long c4,
            long c5,
            int stories) {

        double wall() {
            return load + viewsLoading + digest + export;
        }

        void print(PrintWriter out, int articles) {
            out.printf(
                    "    analyse + assemble + store %6.1f s  %6.1f articles/s  CPU %6.1f s%n"
                            + "    story views' model loading %6.1f s                     CPU %6.1f s%n"
                            + "    digests of every story     %6.1f s  %6.1f articles/s  CPU %6.1f s%n"
                            + "    JSON export                %6.1f s                     CPU %6.1f s%n",
                    load,
                    articles / load,
                    (c2 - c1) / 1e9,
                    viewsLoading,
                    (c3 - c2) / 1e9,
                    digest,
                    articles / digest,
                    (c4 - c3) / 1e9,
                    export,
                    (c5 - c4) / 1e9);
        }
    }

    /**
     * Loads {@code inputs} into a store in {@code dir}, digests every story and exports the JSON, as
     * {@code analyze --json} does; fills {@code predicted} (article → story) and the timers.
     */
    private static Parts measure(
            Path dir,
            List<Path> inputs,
            Pipeline pipeline,
            boolean embeddings,
            int threads,
            StageTimes stages,
            StageTimes loaderTimes,
            StageTimes views,
            AnalyzeCommand.Summary summary,
            Map<String, String> predicted) {
        double load;
        double digest;
        double export;
        double viewsLoading;
        int stories;
        long c1;
        long c2;
        long c3;
        long c4;
        long c5;
        try (Store store = Store.open(dir.resolve("data"))) {
            long t1 = System.nanoTime();
            c1 = cpuNanos();
            try (ArticleLoader loader = ArticleLoader.open(
                            store, pipeline.timed(stages), AssemblyOptions.defaults(), threads, loaderTimes);
                    Progress progress = new Progress("bench", 0, 0, false);
                    ArticleLoader.Session session = loader.session(summary.listener(progress))) {
                AnalyzeCommand.read(inputs, session, summary, progress);
            }
            long t2 = System.nanoTime();
            c2 = cpuNanos();
            load = (t2 - t1) / 1e9;
            store.stories().forEach((story, ids) -> ids.forEach(id -> predicted.put(id, story)));
            stories = store.stories().size();
            try (Views v = Views.open(embeddings, store, views)) {
                long t3 = System.nanoTime();
                viewsLoading = (t3 - t2) / 1e9;
                c3 = cpuNanos();
                v.digests().refresh(store, store.storyIds(), threads);
                store.digestsDone();
                long t4 = System.nanoTime();
                c4 = cpuNanos();
                digest = (t4 - t3) / 1e9;
                new JsonExport(v.digests()).write(store, dir.resolve("out.json"));
                export = (System.nanoTime() - t4) / 1e9;
                c5 = cpuNanos();
            }
        }
        return new Parts(load, viewsLoading, digest, export, c1, c2, c3, c4, c5, stories);
    }

    private static void stageTables(
            PrintWriter out, int threads, int articles, StageTimes stages, StageTimes loaderTimes, StageTimes views) {
        out.printf("  article stages (ms summed over %d threads, share of their sum):%n", threads);
        print(out, stages.millis(), articles);
        out.println("  loading thread (ms):");
        print(out, loaderTimes.millis(), articles);
        out.printf("  story views (ms summed over %d digest threads):%n", threads);
        print(out, views.millis(), articles);
    }

    private static void print(PrintWriter out, Map<String, Double> millis, int articles) {
        double total = millis.values().stream().mapToDouble(Double::doubleValue).sum();
        millis.forEach((name, ms) -> out.printf(
                "    %-18s %9.0f ms (%4.1f%%) %8.2f ms/article%n",
                name, ms, 100 * ms / Math.max(1e-9, total), ms / Math.max(1, articles)));
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("storyline-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data directory: " + e.getMessage(), e);
        }
    }

    /** CPU time of this process, all threads (JIT and GC included), in nanoseconds; 0 if unknown. */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** The 1, 5 and 15 minute load averages from /proc/loadavg, or "unknown". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII)
                    .trim()
                    .split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Samples the heap in use on a daemon thread and keeps the highest value seen. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;

        private HeapSampler() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            this.thread = new Thread(
                    () -> {
                        while (!Thread.currentThread().isInterrupted()) {
                            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                            try {
                                Thread.sleep(10);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "storyline-heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            s.thread.start();
            return s;
        }

        /** Stops sampling; the peak in bytes. */
        long stop() {
            thread.interrupt();
            peak.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            return peak.get();
        }
    }
}

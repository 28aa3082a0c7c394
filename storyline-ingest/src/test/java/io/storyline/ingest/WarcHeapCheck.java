package io.storyline.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one WARC archive and prints its counts, the time taken and the peak heap; run in a child JVM
 * with a small {@code -Xmx} by {@link WarcStreamingTest}, or by hand for figures:
 * {@code java -Xmx64m -cp ... io.storyline.ingest.WarcHeapCheck FILE MAX_BYTES}.
 */
final class WarcHeapCheck {

    private WarcHeapCheck() {}

    public static void main(String[] args) {
        long start = System.nanoTime();
        long[] bytesOfText = {0};
        WarcArticleReader.Counts c = new WarcArticleReader(Long.parseLong(args[1]), new HtmlExtractor())
                .read(Path.of(args[0]), r -> {
                    if (r instanceof ReadResult.Read read) {
                        bytesOfText[0] += read.article().text().length();
                    }
                });
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "records=%d articles=%d skipped=%d ignored=%d text=%d seconds=%.2f records/s=%.0f peakHeapMB=%.1f "
                        + "maxHeapMB=%.0f cores=%d%n",
                c.records(),
                c.articles(),
                c.skipped(),
                c.ignored(),
                bytesOfText[0],
                seconds,
                c.records() / seconds,
                peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0,
                Runtime.getRuntime().availableProcessors());
    }
}

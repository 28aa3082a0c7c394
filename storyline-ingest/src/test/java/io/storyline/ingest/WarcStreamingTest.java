package io.storyline.ingest;

import static io.storyline.ingest.WarcFixtures.html;
import static io.storyline.ingest.WarcFixtures.page;
import static io.storyline.ingest.WarcFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A generated archive far larger than the heap is read by a child JVM with a 64 MB heap: it finishes
 * (no OutOfMemoryError) with the right counts, so records are streamed and bodies bounded.
 */
class WarcStreamingTest {

    private static final int HEAP_MB = 64;
    private static final int MAX_PAGE = 1 << 20;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void archiveMuchLargerThanTheHeapIsStreamed(boolean gzip) throws Exception {
        // Plain: ~300 MB on disk. Gzip: compressible bodies, ~1 GB once inflated, a few MB on disk.
        int blobs = gzip ? 1000 : 300;
        byte[] blob = new byte[1 << 20];
        Arrays.fill(blob, (byte) 'x');
        byte[] blobRecord = write(
                List.of(WarcFixtures.response("https://a.example/video.mp4", 200, "video/mp4", blob, false)), gzip);
        byte[] hugePage = write(
                List.of(html(
                        "https://a.example/huge", "<html><body><p>" + "word ".repeat(8 << 20) + "</p></body></html>")),
                gzip);
        int pages = 100;
        Path f = dir.resolve(gzip ? "big.warc.gz" : "big.warc");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(hugePage);
            for (int i = 0; i < blobs; i++) {
                out.write(blobRecord);
                if (i % (blobs / pages) == 0) {
                    out.write(write(
                            List.of(html(
                                    "https://a.example/news/" + i,
                                    page(
                                            "Page " + i,
                                            "The council met on Tuesday to discuss item " + i + " of the agenda.",
                                            ""))),
                            gzip));
                }
            }
        }
        long inflated = 41L * (1 << 20) + (long) blobs * (1 << 20);
        assertThat(inflated).isGreaterThan((4L * HEAP_MB) << 20);

        String line = runChild(f);

        assertThat(line)
                .startsWith("records=" + (1 + blobs + pages) + " articles=" + pages + " skipped=" + (1 + blobs) + " ");
    }

    private static String runChild(Path f) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(
                java.toString(),
                "-Xmx" + HEAP_MB + "m",
                "-cp",
                System.getProperty("java.class.path"),
                WarcHeapCheck.class.getName(),
                f.toString(),
                String.valueOf(MAX_PAGE)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        System.out.println("WARC streaming (" + f.getFileName() + ", " + Files.size(f) / 1048576 + " MB on disk): "
                + output.strip());
        return output.strip();
    }
}

package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.netpreserve.jwarc.WarcRecord;

class WarcArticleReaderPropertyTest {

    private static final byte[] PLAIN = WarcFixtures.write(records(), false);
    private static final byte[] GZIP = WarcFixtures.write(records(), true);

    private static List<WarcRecord> records() {
        return List.of(
                WarcFixtures.info(),
                WarcFixtures.html(
                        "https://a.example/one", WarcFixtures.page("One", "The first page has some text in it.", "")),
                WarcFixtures.request("https://a.example/two"),
                WarcFixtures.html(
                        "https://a.example/two", WarcFixtures.page("Two", "The second page has text too.", "")));
    }

    @Property(tries = 150)
    void junkNeverThrowsAndAlwaysReports(@ForAll @Size(max = 400) List<Byte> junk, @ForAll boolean gzip)
            throws IOException {
        byte[] raw = new byte[junk.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = junk.get(i);
        }
        assertReadsWithoutThrowing(raw, gzip);
    }

    @Property(tries = 200)
    void damagedArchivesNeverThrow(
            @ForAll boolean gzip,
            @ForAll @IntRange(min = 0, max = 100_000) int cutAt,
            @ForAll @IntRange(min = 0, max = 2_000) int cutLength,
            @ForAll byte flip)
            throws IOException {
        byte[] whole = gzip ? GZIP : PLAIN;
        int from = cutAt % whole.length;
        int to = Math.min(whole.length, from + cutLength);
        byte[] damaged = new byte[whole.length - (to - from)];
        System.arraycopy(whole, 0, damaged, 0, from);
        System.arraycopy(whole, to, damaged, from, whole.length - to);
        if (damaged.length > 0) {
            damaged[from % damaged.length] ^= flip;
        }
        List<ReadResult> results = assertReadsWithoutThrowing(damaged, gzip);
        assertThat(results.stream().filter(r -> r instanceof ReadResult.Read)).hasSizeLessThanOrEqualTo(2);
    }

    private static List<ReadResult> assertReadsWithoutThrowing(byte[] bytes, boolean gzip) throws IOException {
        Path f = Files.createTempFile("junk", gzip ? ".warc.gz" : ".warc");
        try {
            Files.write(f, bytes);
            List<ReadResult> results = new ArrayList<>();
            new WarcArticleReader(1 << 20, new HtmlExtractor()).read(f, results::add);
            assertThat(results).isNotEmpty();
            return results;
        } finally {
            Files.delete(f);
        }
    }
}

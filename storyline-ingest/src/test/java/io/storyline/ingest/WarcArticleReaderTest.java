package io.storyline.ingest;

import static io.storyline.ingest.WarcFixtures.html;
import static io.storyline.ingest.WarcFixtures.page;
import static io.storyline.ingest.WarcFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.WarcRecord;

class WarcArticleReaderTest {

    private static final String FERRY = "https://www.harbour-times.example/news/2025/03/ferry-returns?ref=rss";
    private static final String LIBRARY = "https://www.harbour-times.example/news/library-hours";

    @TempDir
    Path dir;

    private final List<ReadResult> results = new ArrayList<>();

    private WarcArticleReader.Counts read(Path file) {
        return new WarcArticleReader(InputReader.Options.DEFAULT_MAX_BYTES, new HtmlExtractor())
                .read(file, results::add);
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static List<WarcRecord> goldenRecords() {
        return List.of(
                WarcFixtures.info(),
                WarcFixtures.request(FERRY),
                html(
                        FERRY,
                        page(
                                "Ferry service returns to the north quay",
                                "The ferry to the north quay runs again from Monday after a winter of repairs to the pier.",
                                "2025-03-30T08:00:00Z")),
                WarcFixtures.response(
                        "https://www.harbour-times.example/img/quay.png",
                        200,
                        "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1},
                        false),
                WarcFixtures.response(
                        "https://www.harbour-times.example/old",
                        301,
                        "text/html",
                        "<p>moved</p>".getBytes(StandardCharsets.UTF_8),
                        false),
                html(
                        LIBRARY,
                        page(
                                "Library opens on Sundays this summer",
                                "The town library will open on Sunday afternoons from June, the council announced.",
                                "")),
                WarcFixtures.response(
                        "https://www.harbour-times.example/news/long",
                        200,
                        "text/html",
                        page("A long page", "Cut short by the crawler.", "").getBytes(StandardCharsets.UTF_8),
                        true));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsHtmlResponsesAsArticlesAndReportsOtherPages(boolean gzip) throws IOException {
        WarcFixtures.Written w = WarcFixtures.written(goldenRecords(), gzip);
        List<Long> at = w.offsets();
        Path f = file(gzip ? "crawl.warc.gz" : "crawl.warc", w.bytes());

        WarcArticleReader.Counts counts = read(f);

        assertThat(counts).isEqualTo(new WarcArticleReader.Counts(7, 2, 2, 3));
        assertThat(results).hasSize(4);
        Article ferry = ((ReadResult.Read) results.get(0)).article();
        assertThat(results.get(0).input()).isEqualTo(f + ":offset " + at.get(2));
        assertThat(ferry.id())
                .isEqualTo(UrlIds.of(FERRY))
                .startsWith("www.harbour-times.example_news_2025_03_ferry-returns_ref_rss_");
        assertThat(ferry.url()).isEqualTo(FERRY);
        assertThat(ferry.title()).isEqualTo("Ferry service returns to the north quay");
        assertThat(ferry.published()).isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(ferry.outlet()).isEqualTo("The Harbour Times");
        assertThat(ferry.text())
                .startsWith("The ferry to the north quay runs again from Monday")
                .contains("first month of service")
                .doesNotContain("Copyright");
        assertThat(results.get(1))
                .isEqualTo(new ReadResult.Skipped(
                        f + ":offset " + at.get(3), "not an HTML page (Content-Type \"image/png\")"));
        Article library = ((ReadResult.Read) results.get(2)).article();
        assertThat(library.url()).isEqualTo(LIBRARY);
        // No date in the page: the capture date.
        assertThat(library.published()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(results.get(3))
                .isEqualTo(new ReadResult.Skipped(
                        f + ":offset " + at.get(6), "page truncated by the crawler (WARC-Truncated: length)"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void fileEndingInsideARecordKeepsTheRecordsBeforeIt(boolean gzip) throws IOException {
        Supplier<List<WarcRecord>> records = () -> List.of(
                html(FERRY, page("Ferry service returns", "The ferry runs again from Monday after repairs.", "")),
                html(LIBRARY, page("Library opens on Sundays", "The library opens on Sunday afternoons.", "")));
        WarcFixtures.Written w = WarcFixtures.written(records.get(), gzip);
        List<Long> at = w.offsets();
        byte[] whole = w.bytes();
        Path f = file("cut.warc" + (gzip ? ".gz" : ""), Arrays.copyOf(whole, (int)
                (at.get(1) + (at.get(2) - at.get(1)) / 2)));

        WarcArticleReader.Counts counts = read(f);

        assertThat(results).hasSize(2);
        assertThat(((ReadResult.Read) results.get(0)).article().url()).isEqualTo(FERRY);
        assertThat(results.get(1)).isInstanceOf(ReadResult.Skipped.class);
        assertThat(results.get(1).input()).isEqualTo(f + ":offset " + at.get(1));
        assertThat(((ReadResult.Skipped) results.get(1)).reason())
                .startsWith("truncated record: the file ends inside it");
        assertThat(counts.articles()).isEqualTo(1);
        assertThat(counts.skipped()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void truncatedRecordInTheMiddleIsReportedAndReadingGoesOn(boolean gzip) throws IOException {
        String body = "The harbour master said the dredging would finish before the regatta in July. ".repeat(20);
        Supplier<List<WarcRecord>> records = () -> List.of(
                html(FERRY, page("Ferry service returns", body, "")),
                html("https://www.harbour-times.example/news/dredging", page("Dredging nearly done", body, "")),
                html(LIBRARY, page("Library opens on Sundays", body, "")));
        WarcFixtures.Written w = WarcFixtures.written(records.get(), gzip);
        List<Long> at = w.offsets();
        byte[] whole = w.bytes();
        // Drop the middle third of the second record.
        int cutFrom = (int) (at.get(1) + (at.get(2) - at.get(1)) / 3);
        int cutTo = (int) (at.get(1) + 2 * (at.get(2) - at.get(1)) / 3);
        byte[] broken = new byte[whole.length - (cutTo - cutFrom)];
        System.arraycopy(whole, 0, broken, 0, cutFrom);
        System.arraycopy(whole, cutTo, broken, cutFrom, whole.length - cutTo);
        Path f = file("hole.warc" + (gzip ? ".gz" : ""), broken);

        read(f);

        assertThat(results).hasSize(3);
        assertThat(((ReadResult.Read) results.get(0)).article().url()).isEqualTo(FERRY);
        assertThat(results.get(1).input()).isEqualTo(f + ":offset " + at.get(1));
        assertThat(((ReadResult.Skipped) results.get(1)).reason()).contains("record");
        assertThat(((ReadResult.Read) results.get(2)).article().url()).isEqualTo(LIBRARY);
    }

    @Test
    void pageOverTheSizeLimitIsSkippedAndTheNextIsRead() throws IOException {
        List<WarcRecord> records = List.of(
                html(FERRY, page("Big page", "A very long page. ".repeat(500), "")),
                html(LIBRARY, page("Library opens on Sundays", "The library opens on Sunday afternoons.", "")));
        Path f = file("big.warc", write(records, false));

        new WarcArticleReader(4000, new HtmlExtractor()).read(f, results::add);

        assertThat(results).hasSize(2);
        assertThat(results.get(0))
                .isEqualTo(new ReadResult.Skipped(f + ":offset 0", "page is over the size limit of 4000 bytes"));
        assertThat(((ReadResult.Read) results.get(1)).article().url()).isEqualTo(LIBRARY);
    }

    @Test
    void decodesThePageInTheCharsetTheServerDeclared() throws IOException {
        String html = page(
                "Caf\u00e9 reopens on the quay",
                "The caf\u00e9 by the quay reopens with a new menu and longer hours.",
                "");
        Path f = file(
                "latin.warc",
                write(
                        List.of(WarcFixtures.response(
                                FERRY,
                                200,
                                "text/html; charset=windows-1252",
                                html.getBytes(Charset.forName("windows-1252")),
                                false)),
                        false));

        read(f);

        Article a = ((ReadResult.Read) results.get(0)).article();
        assertThat(a.title()).isEqualTo("Caf\u00e9 reopens on the quay");
        assertThat(a.text()).contains("The caf\u00e9 by the quay");
    }

    @Test
    void emptyArchiveIsReported() throws IOException {
        Path f = file("empty.warc", new byte[0]);
        read(f);
        assertThat(results).containsExactly(new ReadResult.Skipped(f.toString(), "empty file"));
    }

    @Test
    void archiveWithoutPagesIsReported() throws IOException {
        Path f = file("info.warc.gz", write(List.of(WarcFixtures.info(), WarcFixtures.request(FERRY)), true));
        WarcArticleReader.Counts counts = read(f);
        assertThat(results)
                .containsExactly(new ReadResult.Skipped(f.toString(), "no HTML response records among 2 WARC records"));
        assertThat(counts.ignored()).isEqualTo(2);
    }

    @Test
    void junkIsReportedAsACorruptRecord() throws IOException {
        Path f = file("junk.warc", "this is not a WARC file at all\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        read(f);
        assertThat(results).hasSize(1);
        assertThat(results.get(0).input()).isEqualTo(f + ":offset 0");
        assertThat(((ReadResult.Skipped) results.get(0)).reason()).startsWith("corrupt record: ");
    }

    @Test
    void inputReaderReadsWarcFilesInADirectory() throws IOException {
        file("a.warc.gz", write(goldenRecords(), true));
        file(
                "b.warc",
                write(List.of(html(LIBRARY, page("Library opens", "The library opens on Sundays now.", ""))), false));

        List<ReadResult> all = new InputReader().readAll(List.of(dir));

        assertThat(all.stream()
                        .filter(r -> r instanceof ReadResult.Read)
                        .map(r -> ((ReadResult.Read) r).article().url()))
                .containsExactly(FERRY, LIBRARY, LIBRARY);
        assertThat(all.stream().filter(r -> r instanceof ReadResult.Skipped)).hasSize(2);
    }
}

package io.storyline.ingest;

import io.storyline.core.Article;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads the HTML pages in a WARC archive ({@code .warc}, or {@code .warc.gz} with one gzip member per
 * record, as Common Crawl News writes them) as articles.
 *
 * <p>Each {@code response} record with HTTP status 200 and an HTML or XHTML Content-Type becomes an
 * article: its main text extracted by {@link HtmlExtractor}, its url the record's target URI, its id
 * derived from that URI ({@link UrlIds}), its date the page's own date when it has one, else the
 * WARC-Date. Records that are not pages ({@code warcinfo}, {@code request}, {@code metadata}, {@code
 * revisit}…) and responses with another status (redirects, errors) are passed over quietly and only
 * counted. A response that is not HTML, is over the size limit, was truncated by the crawler, or holds
 * no article text is reported as a {@link ReadResult.Skipped}. So is a record that is truncated or
 * corrupt ({@code file:offset N}, the byte offset of the record in the file, compressed for gzip);
 * reading then resumes at the next record boundary found after it, or stops when there is none, keeping
 * everything read before.
 *
 * <p>Streaming: records are read one at a time through an 8 KB buffer and a page body is read only up
 * to the size limit, so memory does not grow with the archive. A record's article is handed on only
 * after the next record header has been read, because only then is it known that the record ended where
 * its Content-Length said. Not thread-safe; use one instance per thread.
 */
public final class WarcArticleReader {

    /**
     * What one archive held.
     *
     * @param records records read (including those passed over)
     * @param articles articles handed on
     * @param skipped items reported as skipped
     * @param ignored records passed over quietly (not pages, or not status 200)
     */
    public record Counts(long records, long articles, long skipped, long ignored) {}

    private final long maxBytes;
    private final HtmlExtractor extractor;

    /** A reader for pages of at most {@code maxBytes} bytes (decoded), extracting with {@code extractor}. */
    public WarcArticleReader(long maxBytes, HtmlExtractor extractor) {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(
                    "maxBytes must be between 1 and " + (Integer.MAX_VALUE - 16) + ", got " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.extractor = extractor;
    }

    /** Reads {@code file}, handing every article and every skipped record to {@code sink}. */
    public Counts read(Path file, Consumer<? super ReadResult> sink) {
        Run run = new Run(file.toString(), sink);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                FileChannel scan = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() == 0) {
                run.skip(file.toString(), "empty file");
                return run.counts();
            }
            try (WarcReader reader = new WarcReader(channel)) {
                boolean gzip = reader.compression() == WarcCompression.GZIP;
                run.loop(reader, new RecordBoundaries(scan, gzip));
            }
        } catch (IOException e) {
            run.skip(file.toString(), "cannot read WARC file: " + InputReader.describe(e));
        }
        if (run.records == 0 && run.emitted == 0) {
            run.skip(file.toString(), "no WARC records found");
        } else if (run.emitted == 0) {
            run.skip(file.toString(), "no HTML response records among " + run.records + " WARC records");
        }
        return run.counts();
    }

    /** The state of reading one file. */
    private final class Run {
        private final String file;
        private final Consumer<? super ReadResult> sink;
        private final List<String> warnings = new ArrayList<>();
        private long records;
        private long articles;
        private long skipped;
        private long ignored;
        private long emitted;

        Run(String file, Consumer<? super ReadResult> sink) {
            this.file = file;
            this.sink = sink;
        }

        /**
         * Reads every record, emitting each one only once the next has shown that it ended where its
         * Content-Length said, and resynchronising at the next record boundary after a failure. One loop
         * on purpose: its three states ({@code pending}, {@code pendingAt}, {@code resyncing}) change
         * together in every branch.
         */
        void loop(WarcReader reader, RecordBoundaries boundaries) throws IOException {
            reader.onWarning(warnings::add);
            @Nullable ReadResult pending = null;
            long pendingAt = -1;
            boolean resyncing = false;
            while (true) {
                warnings.clear();
                long before = reader.position();
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    long at = reader.position();
                    // Failing inside the previous record's body, or after a bad trailer, blames that record.
                    boolean previous = pendingAt >= 0 && (at == before || !warnings.isEmpty());
                    if (previous) {
                        skip(label(pendingAt), reason(e));
                    } else if (!resyncing) {
                        emit(pending);
                        skip(label(at), reason(e));
                    }
                    pending = null;
                    long resume = boundaries.after(previous ? pendingAt : at);
                    if (resume < 0) {
                        return;
                    }
                    reader.position(resume);
                    pendingAt = -1;
                    resyncing = true;
                    continue;
                }
                if (!warnings.isEmpty() && pendingAt >= 0) {
                    // The previous record did not end where its Content-Length said: its body is suspect.
                    skip(
                            label(pendingAt),
                            "corrupt or truncated record: it does not end where its Content-Length says ("
                                    + String.join("; ", warnings) + ")");
                    long resume = boundaries.after(pendingAt);
                    if (resume < 0) {
                        return;
                    }
                    reader.position(resume);
                    pending = null;
                    pendingAt = -1;
                    resyncing = true;
                    continue;
                }
                emit(pending);
                pending = null;
                if (next.isEmpty()) {
                    return;
                }
                resyncing = false;
                records++;
                pendingAt = reader.position();
                try {
                    pending = toResult(next.get(), label(pendingAt));
                } catch (IOException | RuntimeException e) {
                    skip(label(pendingAt), reason(e));
                    long resume = boundaries.after(pendingAt);
                    if (resume < 0) {
                        return;
                    }
                    reader.position(resume);
                    pendingAt = -1;
                    resyncing = true;
                }
            }
        }

        private @Nullable ReadResult toResult(WarcRecord record, String input) throws IOException {
            if (!(record instanceof WarcResponse response)) {
                ignored++;
                return null;
            }
            HttpResponse http = response.http();
            if (http.status() != 200) {
                ignored++;
                return null;
            }
            String contentType = http.headers().first("Content-Type").orElse(null);
            if (!HtmlBytes.isHtml(contentType)) {
                return new ReadResult.Skipped(
                        input,
                        "not an HTML page (Content-Type "
                                + (contentType == null ? "missing" : "\"" + contentType.strip() + "\"") + ")");
            }
            if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
                return new ReadResult.Skipped(
                        input,
                        "page truncated by the crawler (WARC-Truncated: "
                                + record.headers().first("WARC-Truncated").orElse("?") + ")");
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readNBytes((int) maxBytes + 1);
            }
            if (body.length > maxBytes) {
                return new ReadResult.Skipped(
                        input, "page is over the size limit of " + InputReader.megabytes(maxBytes));
            }
            return toArticle(response, input, HtmlBytes.decode(body, body.length, contentType));
        }

        private ReadResult toArticle(WarcResponse response, String input, String html) {
            String url = response.target();
            ExtractedPage page = extractor.extract(html, url);
            if (page.text().isBlank()) {
                return new ReadResult.Skipped(input, "no article text found in the HTML of " + url);
            }
            LocalDate published =
                    page.published() != null ? page.published() : LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
            return new ReadResult.Read(
                    input, new Article(UrlIds.of(url), page.title(), page.text(), published, page.outlet(), url, null));
        }

        private void emit(@Nullable ReadResult result) {
            if (result == null) {
                return;
            }
            if (result instanceof ReadResult.Read) {
                articles++;
            } else {
                skipped++;
            }
            emitted++;
            sink.accept(result);
        }

        void skip(String input, String reason) {
            emit(new ReadResult.Skipped(input, reason));
        }

        private String label(long offset) {
            return file + ":offset " + offset;
        }

        Counts counts() {
            return new Counts(records, articles, skipped, ignored);
        }
    }

    /** Why reading a record failed: the file ended inside it, or its bytes are not a valid record. */
    private static String reason(Exception e) {
        String m = e.getMessage();
        String detail = m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
        if (e instanceof EOFException) {
            return "truncated record: the file ends inside it (" + detail + ")";
        }
        return "corrupt record: " + detail;
    }
}

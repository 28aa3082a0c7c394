package io.storyline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** WARC records written with jwarc for the tests; the pages are invented. */
final class WarcFixtures {

    static final Instant CAPTURED = Instant.parse("2025-04-02T09:30:00Z");

    private WarcFixtures() {}

    static String page(String title, String body, String dateMeta) {
        String meta =
                dateMeta.isEmpty() ? "" : "<meta property=\"article:published_time\" content=\"" + dateMeta + "\">";
        return "<!doctype html><html><head><title>" + title + " | The Harbour Times</title>" + meta
                + "<meta property=\"og:site_name\" content=\"The Harbour Times\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>" + title + "</h1>"
                + "<p>" + body + "</p>"
                + "<p>The council said the new timetable would be reviewed after the first month of service, "
                + "and residents were invited to send their comments by post or at the library.</p>"
                + "</article><footer>Copyright The Harbour Times</footer></body></html>";
    }

    static WarcResponse html(String url, String html) {
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), false);
    }

    static WarcResponse response(String url, int status, String contentType, byte[] body, boolean truncated) {
        try {
            HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                    .body(MediaType.parse(contentType), body)
                    .build();
            WarcResponse.Builder b =
                    new WarcResponse.Builder(url).date(CAPTURED).body(http);
            if (truncated) {
                b.truncated(WarcTruncationReason.LENGTH);
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WarcRequest request(String url) {
        try {
            return new WarcRequest.Builder(url)
                    .date(CAPTURED)
                    .body(new HttpRequest.Builder("GET", url).build())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Warcinfo info() {
        return new Warcinfo.Builder().date(CAPTURED).filename("test.warc").build();
    }

    /** The records written one after another, each in its own gzip member when {@code gzip}. */
    static byte[] write(List<? extends WarcRecord> records, boolean gzip) {
        return written(records, gzip).bytes();
    }

    /**
     * An archive and where each record starts in it ({@code offsets} has one more entry: the end).
     * A jwarc record's body can be written only once.
     */
    @SuppressWarnings("ArrayRecordComponent") // test plumbing, never compared
    record Written(byte[] bytes, List<Long> offsets) {}

    static Written written(List<? extends WarcRecord> records, boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter w = new WarcWriter(
                java.nio.channels.Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (WarcRecord r : records) {
                offsets.add(w.position());
                w.write(r);
            }
            offsets.add(w.position());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(out.toByteArray(), offsets);
    }
}

package io.storyline.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next WARC record may start after a corrupt one: the next {@code WARC/1.} version
 * line in a plain archive, or the next gzip member header ({@code 1f 8b 08}) in a compressed one. A
 * candidate can be a false match inside a payload; the caller tries it and asks again past it. Reads
 * the file in 64 KB windows with positional reads, so the scan does not move the reader's channel. Not
 * thread-safe.
 */
final class RecordBoundaries {

    private static final byte[] WARC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
    private static final int WINDOW = 1 << 16;

    private final FileChannel channel;
    private final byte[] pattern;
    private final ByteBuffer buffer = ByteBuffer.allocate(WINDOW);

    RecordBoundaries(FileChannel channel, boolean gzip) {
        this.channel = channel;
        this.pattern = gzip ? GZIP : WARC;
    }

    /** The offset of the first candidate record start after {@code offset}, or -1 when there is none. */
    long after(long offset) throws IOException {
        long base = offset + 1;
        while (true) {
            buffer.clear();
            int n = channel.read(buffer, base);
            if (n < pattern.length) {
                return -1;
            }
            byte[] a = buffer.array();
            for (int i = 0; i + pattern.length <= n; i++) {
                if (matches(a, i)) {
                    return base + i;
                }
            }
            // Overlap by the pattern length minus one so a match across two windows is not missed.
            base += n - pattern.length + 1;
        }
    }

    private boolean matches(byte[] a, int at) {
        for (int j = 0; j < pattern.length; j++) {
            if (a[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }
}

package io.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Streams a JSON Lines file one record at a time: each line is decoded, parsed and turned into an
 * article on its own, so one bad line is reported ({@code path:line N}) and the others are still read.
 * Blank lines are ignored. Not thread-safe; one instance reads one file.
 */
final class JsonLines {

    private final String file;
    private final long maxBytes;
    private final ObjectMapper mapper;
    private final ArticleJson articleJson;

    JsonLines(String file, long maxBytes, ObjectMapper mapper, ArticleJson articleJson) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.mapper = mapper;
        this.articleJson = articleJson;
    }

    void read(InputStream raw, Consumer<? super ReadResult> sink) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        byte[] line = new byte[8192];
        int length = 0;
        boolean oversized = false;
        int lineNo = 1;
        int records = 0;
        int b;
        while (true) {
            b = in.read();
            if (b == '\n' || b < 0) {
                if (length > 0 || oversized) {
                    records += handle(lineNo, line, length, oversized, sink) ? 1 : 0;
                }
                if (b < 0) {
                    break;
                }
                lineNo++;
                length = 0;
                oversized = false;
                continue;
            }
            if (oversized) {
                continue;
            }
            if (length >= maxBytes) {
                oversized = true;
                continue;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, (int) Math.min(maxBytes, (long) line.length * 2));
            }
            line[length++] = (byte) b;
        }
        if (records == 0) {
            sink.accept(new ReadResult.Skipped(file, lineNo == 1 ? "empty file" : "empty file (no records)"));
        }
    }

    /** Reads one line; false when it was blank. */
    private boolean handle(int lineNo, byte[] bytes, int length, boolean oversized, Consumer<? super ReadResult> sink) {
        String input = file + ":line " + lineNo;
        try {
            if (oversized) {
                throw new BadInputException("record is over the size limit of " + InputReader.megabytes(maxBytes));
            }
            String text = TextDecoding.decode(bytes, length).strip();
            if (text.isEmpty()) {
                return false;
            }
            JsonNode node;
            try {
                node = mapper.readTree(text);
            } catch (JsonProcessingException e) {
                throw new BadInputException("malformed JSON: " + message(e));
            }
            sink.accept(new ReadResult.Read(input, articleJson.toArticle(node)));
        } catch (BadInputException e) {
            sink.accept(new ReadResult.Skipped(input, "line " + lineNo + ": " + e.getMessage()));
        }
        return true;
    }

    /** The parser's message without Jackson's source excerpt. */
    static String message(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (e.getLocation() != null) {
            m += " (column " + e.getLocation().getColumnNr() + ")";
        }
        return m;
    }
}

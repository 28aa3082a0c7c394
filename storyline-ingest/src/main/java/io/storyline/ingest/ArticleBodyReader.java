package io.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Reads articles from one in-memory body (an HTTP request, say) with the same validation and reasons
 * as {@link InputReader} gives for {@code .json} and {@code .jsonl} files: the body is one article
 * object, a JSON array of article objects, or JSON Lines (one object per line). Each item becomes a
 * {@link ReadResult.Read} or a {@link ReadResult.Skipped} naming it ({@code input[2]} for the third
 * array element, {@code input:line 3} for a JSON Lines record); a body that cannot be read at all
 * gives one {@code Skipped} for {@code input}.
 *
 * <p>Thread-safe: an instance holds only immutable options and thread-safe parsers.
 */
public final class ArticleBodyReader {

    private static final String EMPTY = "empty body: expected an article object, an array or JSON Lines";

    private final InputReader.Options options;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ArticleJson articleJson = new ArticleJson(new HtmlExtractor());

    /** A reader whose limit per record is {@code options.maxBytes()}. */
    public ArticleBodyReader(InputReader.Options options) {
        this.options = options;
    }

    /** Reads {@code body}, handing each article or skipped item to {@code sink}. */
    public void read(String input, byte[] body, Consumer<? super ReadResult> sink) {
        if (body.length == 0) {
            sink.accept(new ReadResult.Skipped(input, EMPTY));
            return;
        }
        String text;
        try {
            text = TextDecoding.decode(body, body.length);
        } catch (BadInputException e) {
            sink.accept(new ReadResult.Skipped(input, String.valueOf(e.getMessage())));
            return;
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            sink.accept(
                    new ReadResult.Skipped(input, "empty body: expected an article object, an array or JSON Lines"));
            return;
        }
        if (trimmed.startsWith("[")) {
            readArray(input, trimmed, sink);
        } else if (isJsonLines(trimmed)) {
            readLines(input, body, sink);
        } else {
            readObject(input, trimmed, sink);
        }
    }

    private void readObject(String input, String json, Consumer<? super ReadResult> sink) {
        try {
            sink.accept(new ReadResult.Read(input, articleJson.toArticle(mapper.readTree(json))));
        } catch (JsonProcessingException e) {
            sink.accept(new ReadResult.Skipped(input, "malformed JSON: " + JsonLines.message(e)));
        } catch (BadInputException e) {
            sink.accept(new ReadResult.Skipped(input, String.valueOf(e.getMessage())));
        }
    }

    private void readArray(String input, String json, Consumer<? super ReadResult> sink) {
        JsonNode array;
        try {
            array = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            sink.accept(new ReadResult.Skipped(input, "malformed JSON: " + JsonLines.message(e)));
            return;
        }
        if (array.isEmpty()) {
            sink.accept(new ReadResult.Skipped(input, "empty array: no articles"));
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String item = input + "[" + i + "]";
            try {
                sink.accept(new ReadResult.Read(item, articleJson.toArticle(array.get(i))));
            } catch (BadInputException e) {
                sink.accept(new ReadResult.Skipped(item, String.valueOf(e.getMessage())));
            }
        }
    }

    private void readLines(String input, byte[] body, Consumer<? super ReadResult> sink) {
        try {
            new JsonLines(input, options.maxBytes(), mapper, articleJson).read(new ByteArrayInputStream(body), sink);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
    }

    /**
     * Whether {@code text} is JSON Lines: two or more non-blank lines, each starting with an object
     * ("{"). A pretty-printed object has lines starting with fields, so it stays one object.
     */
    static boolean isJsonLines(String text) {
        int lines = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!l.startsWith("{")) {
                return false;
            }
            lines++;
        }
        return lines >= 2;
    }
}

package io.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.core.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@code gold-quotes.jsonl} evaluation file (the uniform format of the shared
 * evaluation sets). Offsets are half-open indices into the article's text.
 *
 * @param article the article id
 * @param kind "direct", "indirect", "mixed" or "unknown"
 * @param speaker the canonical speaker, or null for anonymous, generic or unknown sources
 * @param speakerText the source as written, or null
 * @param speakerSpan where the source is written, or null
 * @param content the quoted or reported words
 * @param required whether the row must be found (false for rows marked {@code required: optional})
 */
public record GoldQuote(
        String article,
        String kind,
        @Nullable String speaker,
        @Nullable String speakerText,
        @Nullable Span speakerSpan,
        Span content,
        boolean required) {

    public GoldQuote {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
    }

    /** Reads every row of a {@code gold-quotes.jsonl} file. */
    public static List<GoldQuote> read(Path jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        List<GoldQuote> out = new ArrayList<>();
        try {
            for (String row : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (!row.isBlank()) {
                    out.add(parse(mapper.readTree(row)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl, e);
        }
        return out;
    }

    private static GoldQuote parse(JsonNode n) {
        Span speakerSpan = null;
        if (isInt(n, "speaker_start") && isInt(n, "speaker_end")) {
            speakerSpan = new Span(
                    n.get("speaker_start").asInt(), n.get("speaker_end").asInt());
        }
        JsonNode req = n.get("required");
        boolean required = req == null || req.isNull() || !req.asText().equals("optional");
        return new GoldQuote(
                n.get("article").asText(),
                n.get("kind").asText(),
                text(n, "speaker"),
                text(n, "speaker_text"),
                speakerSpan,
                new Span(n.get("content_start").asInt(), n.get("content_end").asInt()),
                required);
    }

    private static boolean isInt(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v != null && v.isInt();
    }

    private static @Nullable String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}

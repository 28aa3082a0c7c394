package io.storyline.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.storyline.core.Article;
import io.storyline.core.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Writes the contract's JSON document (version 1) for everything in a store: articles with their
 * text, boilerplate and flags, and stories with the sections built so far (the others present and
 * empty). The file is written to a temporary sibling and moved into place, so a reader never
 * sees half a document.
 */
public final class JsonExport {

    public static final int VERSION = 1;
    private static final List<String> EMPTY_SECTIONS =
            List.of("quoteGroups", "claims", "provenance", "timeline", "summary");

    private final JsonFactory factory = new JsonFactory();

    /** Writes the document for {@code store} to {@code file}. */
    public void write(Store store, Path file) {
        Path abs = file.toAbsolutePath();
        Path parent = abs.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = Files.createTempFile(parent == null ? Path.of(".") : parent, ".storyline-export", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    write(store, out);
                }
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the document for {@code store} to {@code out} (not closed). */
    public void write(Store store, OutputStream out) throws IOException {
        Map<String, List<String>> stories = store.stories();
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("articles");
            try {
                store.forEach(a -> writeArticle(g, a));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("stories");
            for (Map.Entry<String, List<String>> s : stories.entrySet()) {
                writeStory(g, s.getKey(), store.story(s.getKey()));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeArticle(JsonGenerator g, StoredArticle s) {
        try {
            Article a = s.article();
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("title", a.title());
            g.writeStringField(
                    "published", a.published() == null ? null : a.published().toString());
            g.writeStringField("outlet", a.outlet());
            g.writeStringField("url", a.url());
            g.writeStringField("language", s.language());
            g.writeStringField("story", s.story());
            g.writeStringField("text", a.text());
            g.writeArrayFieldStart("boilerplate");
            for (Span b : s.boilerplate()) {
                g.writeStartObject();
                g.writeNumberField("start", b.start());
                g.writeNumberField("end", b.end());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("times");
            g.writeEndArray();
            g.writeArrayFieldStart("flags");
            if (s.nearDuplicateOf() != null) {
                g.writeString("near-duplicate");
            }
            g.writeEndArray();
            g.writeStringField("nearDuplicateOf", s.nearDuplicateOf());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeQuotes(JsonGenerator g, List<StoredArticle> articles) throws IOException {
        StoryQuotes sq = StoryQuotes.of(articles);
        g.writeArrayFieldStart("speakers");
        for (StoryQuotes.Speaker s : sq.speakers()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("name", s.name());
            g.writeStringField("role", s.role());
            g.writeArrayFieldStart("variants");
            for (String v : s.variants()) {
                g.writeString(v);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (StoryQuotes.Entry e : sq.quotes()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("article", e.article());
            g.writeStringField("kind", e.quote().kind().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("speaker", e.speaker());
            g.writeStringField("speakerText", e.quote().speakerText());
            Span sp = e.quote().speakerSpan();
            if (sp == null) {
                g.writeNullField("speakerStart");
                g.writeNullField("speakerEnd");
            } else {
                g.writeNumberField("speakerStart", sp.start());
                g.writeNumberField("speakerEnd", sp.end());
            }
            g.writeNumberField("start", e.quote().span().start());
            g.writeNumberField("end", e.quote().span().end());
            g.writeStringField("text", e.text());
            g.writeBooleanField("anonymous", e.quote().anonymous());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeStory(JsonGenerator g, String id, List<StoredArticle> articles) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("title", StoryTitles.title(articles));
        g.writeArrayFieldStart("articles");
        for (StoredArticle a : articles) {
            g.writeString(a.id());
        }
        g.writeEndArray();
        writeQuotes(g, articles);
        for (String section : EMPTY_SECTIONS) {
            g.writeArrayFieldStart(section);
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}

package io.storyline.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.storyline.claims.Claim;
import io.storyline.claims.Support;
import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.digest.StoryDigest;
import io.storyline.digest.StoryQuote;
import io.storyline.digest.StoryQuoteGroup;
import io.storyline.digest.SummarySentence;
import io.storyline.digest.TimelineEntry;
import io.storyline.provenance.ArticleFlag;
import io.storyline.provenance.Evidence;
import io.storyline.provenance.ProvenanceEdge;
import io.storyline.provenance.StoryEvidence;
import io.storyline.provenance.UpstreamCredit;
import io.storyline.quotegroups.WordDiff;
import io.storyline.quotes.Quote;
import io.storyline.speakers.Speaker;
import io.storyline.time.TimeExpression;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the contract's JSON document (version 1) for everything in a store: articles with their
 * text, boilerplate and flags, stories with the sections built so far (the others present and
 * empty), and, beyond the contract's minimum, the store-wide speakers ({@code speakers} at the top:
 * one entry per person or institution across stories, each story speaker pointing at it with
 * {@code global}). The file is written to a temporary sibling and moved into place, so a reader never
 * sees half a document.
 */
public final class JsonExport {

    public static final int VERSION = 1;

    private final JsonFactory factory = new JsonFactory();
    private final StoryDigests digests;

    /** An export whose story sections come from {@code digests}. */
    public JsonExport(StoryDigests digests) {
        this.digests = digests;
    }

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
            // Stories first: their analysis gives the articles' flags (machine-garbled, paraphrased copy).
            g.writeArrayFieldStart("stories");
            SpeakerIndex index = new SpeakerIndex();
            Map<String, Set<String>> flags = new HashMap<>();
            for (Map.Entry<String, List<String>> s : stories.entrySet()) {
                StoryDigest d = writeStory(g, s.getKey(), StoryDigests.inStoryOrder(store.story(s.getKey())), index);
                d.evidence()
                        .flags()
                        .forEach((article, fs) -> flags.put(
                                article, fs.stream().map(ArticleFlag::label).collect(Collectors.toSet())));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("articles");
            try {
                store.forEach(a -> writeArticle(g, a, flags.getOrDefault(a.id(), Set.of())));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            g.writeEndArray();
            writeGlobalSpeakers(g, index);
            g.writeEndObject();
        }
    }

    /**
     * Writes one story object of the document (the contract's {@code stories[]} element, without
     * store-wide speaker ids) for {@code articles}, the articles of one story, to {@code out} (not
     * closed). The REST API serves this.
     */
    public void writeStory(String storyId, List<StoredArticle> articles, OutputStream out) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            writeStory(g, storyId, StoryDigests.inStoryOrder(articles), new SpeakerIndex());
        }
    }

    /**
     * Writes one article object of the document (the contract's {@code articles[]} element) to {@code
     * out}, with {@code flags} (from its story's digest: {@link StoryDigests#flags}) besides near-duplicate.
     */
    public void writeArticle(StoredArticle article, Set<String> flags, OutputStream out) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            try {
                writeArticle(g, article, flags);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** Writes one article object with the near-duplicate flag only (no story analysis). */
    public void writeArticle(StoredArticle article, OutputStream out) throws IOException {
        writeArticle(article, Set.of(), out);
    }

    private static void writeArticle(JsonGenerator g, StoredArticle s, Set<String> storyFlags) {
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
                writeSpan(g, b);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("times");
            for (TimeExpression t : s.times()) {
                g.writeStartObject();
                writeSpan(g, t.span());
                g.writeStringField("text", t.text());
                g.writeStringField("value", t.value());
                g.writeStringField("type", t.type().name().toLowerCase(Locale.ROOT));
                g.writeStringField("precision", t.precision().name().toLowerCase(Locale.ROOT));
                g.writeStringField("anchor", t.anchor().name().toLowerCase(Locale.ROOT));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("flags");
            Set<String> flags = new TreeSet<>(storyFlags);
            if (s.nearDuplicateOf() != null) {
                flags.add("near-duplicate");
            }
            for (String f : flags) {
                g.writeString(f);
            }
            g.writeEndArray();
            g.writeStringField("nearDuplicateOf", s.nearDuplicateOf());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeQuotes(JsonGenerator g, StoryDigest d, Map<String, String> globalIds) throws IOException {
        g.writeArrayFieldStart("speakers");
        for (Speaker s : d.speakers()) {
            g.writeStartObject();
            writeSpeakerFields(g, s);
            g.writeStringField("global", globalIds.get(s.id()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (StoryQuote e : d.quotes()) {
            Quote q = e.quote();
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("article", e.article());
            g.writeStringField("kind", q.kind().name().toLowerCase(Locale.ROOT));
            g.writeStringField("speaker", e.speaker());
            g.writeStringField("speakerText", q.speakerText());
            Span sp = q.speakerSpan();
            if (sp == null) {
                g.writeNullField("speakerStart");
                g.writeNullField("speakerEnd");
            } else {
                g.writeNumberField("speakerStart", sp.start());
                g.writeNumberField("speakerEnd", sp.end());
            }
            writeSpan(g, q.span());
            g.writeStringField("text", e.text());
            g.writeBooleanField("anonymous", e.anonymous());
            g.writeStringField("side", e.side());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quoteGroups");
        for (StoryQuoteGroup group : d.quoteGroups()) {
            g.writeStartObject();
            writeStrings(g, "quotes", group.quotes());
            g.writeArrayFieldStart("relations");
            for (StoryQuoteGroup.Relation r : group.relations()) {
                g.writeStartObject();
                g.writeStringField("a", r.a());
                g.writeStringField("b", r.b());
                g.writeStringField("relation", r.relation().label());
                g.writeArrayFieldStart("diff");
                for (WordDiff.Op op : r.diff().ops()) {
                    g.writeStartObject();
                    g.writeStringField("op", op.type().name().toLowerCase(Locale.ROOT));
                    g.writeStringField("text", op.text());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeTimeline(JsonGenerator g, StoryDigest d) throws IOException {
        g.writeArrayFieldStart("timeline");
        for (TimelineEntry t : d.timeline()) {
            g.writeStartObject();
            g.writeStringField("date", t.date());
            g.writeStringField("precision", t.precision().name().toLowerCase(Locale.ROOT));
            g.writeStringField("text", t.text());
            writeStrings(g, "articles", t.articles());
            g.writeStringField("expression", t.expression());
            g.writeBooleanField("inferred", t.inferred());
            g.writeArrayFieldStart("support");
            for (TimelineEntry.Support s : t.support()) {
                g.writeStartObject();
                g.writeStringField("article", s.article());
                writeSpan(g, s.sentence());
                g.writeNumberField("expressionStart", s.expression().start());
                g.writeNumberField("expressionEnd", s.expression().end());
                g.writeStringField("expression", s.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The {@code start} and {@code end} fields of a span. */
    private static void writeSpan(JsonGenerator g, Span s) throws IOException {
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private StoryDigest writeStory(JsonGenerator g, String id, List<StoredArticle> articles, SpeakerIndex index)
            throws IOException {
        StoryDigest d = digests.of(articles);
        writeStory(g, id, articles, d, index);
        g.writeEndObject();
        return d;
    }

    /**
     * Writes one story object as {@link #writeStory(String, List, OutputStream)} does, but with {@code
     * shown}, a digest already at hand that may predate the story's newest articles, and a {@code digest}
     * field saying so: {@code {"current": bool, "basis": what shown was computed from, "storyBasis": what
     * a current digest is computed from}}. Computes nothing. The REST API serves this.
     */
    public void writeStory(String storyId, List<StoredArticle> articles, StoryDigests.Based shown, OutputStream out)
            throws IOException {
        List<StoredArticle> ordered = StoryDigests.inStoryOrder(articles);
        String storyBasis = digests.basis(ordered);
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            writeStory(g, storyId, ordered, shown.digest(), new SpeakerIndex());
            g.writeObjectFieldStart("digest");
            g.writeBooleanField("current", shown.basis().equals(storyBasis));
            g.writeStringField("basis", shown.basis());
            g.writeStringField("storyBasis", storyBasis);
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** The story object's fields, without its end. */
    private static void writeStory(
            JsonGenerator g, String id, List<StoredArticle> articles, StoryDigest d, SpeakerIndex index)
            throws IOException {
        Map<String, String> globalIds = index.add(id, d.speakers());
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("title", StoryTitles.title(articles));
        writeStrings(g, "articles", articles.stream().map(StoredArticle::id).toList());
        writeQuotes(g, d, globalIds);
        writeTimeline(g, d);
        writeEvidence(g, d.evidence());
        writeSummary(g, d);
    }

    private static void writeSummary(JsonGenerator g, StoryDigest d) throws IOException {
        g.writeArrayFieldStart("summary");
        for (SummarySentence s : d.summary()) {
            g.writeStartObject();
            g.writeStringField("text", s.text());
            writeStrings(g, "citations", s.citations());
            g.writeStringField("article", s.article());
            writeSpan(g, s.span());
            g.writeNumberField("independentOrigins", s.independentOrigins());
            g.writeBooleanField("singleOrigin", s.singleOrigin());
            g.writeStringField("status", s.status().label());
            writeStrings(g, "claims", s.claims());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeEvidence(JsonGenerator g, StoryEvidence e) throws IOException {
        g.writeArrayFieldStart("claims");
        for (Claim c : e.claims()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("text", c.text());
            g.writeBooleanField("quote", c.quote());
            g.writeStringField("speaker", c.speaker());
            g.writeArrayFieldStart("support");
            for (Support s : c.support()) {
                g.writeStartObject();
                g.writeStringField("article", s.article());
                writeSpan(g, s.span());
                g.writeStringField("text", s.text());
                g.writeStringField("origin", s.origin().wire());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("independentOrigins", c.independentOrigins());
            g.writeStringField("status", c.status().label());
            writeStrings(g, "contradicts", c.contradicts());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("provenance");
        for (ProvenanceEdge p : e.provenance()) {
            g.writeStartObject();
            g.writeStringField("article", p.article());
            g.writeStringField("source", p.source().wire());
            g.writeStringField("relation", p.relation().label());
            g.writeBooleanField("credited", p.credited());
            g.writeStringField("direction", p.direction().label());
            g.writeArrayFieldStart("evidence");
            for (Evidence ev : p.evidence()) {
                g.writeStartObject();
                writeSpan(g, ev.span());
                g.writeStringField("text", ev.text());
                g.writeStringField("sourceArticle", ev.sourceArticle());
                Span ss = ev.sourceSpan();
                if (ss != null) {
                    g.writeNumberField("sourceStart", ss.start());
                    g.writeNumberField("sourceEnd", ss.end());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("credits");
        for (UpstreamCredit c : e.credits()) {
            g.writeStartObject();
            g.writeStringField("article", c.article());
            g.writeStringField("name", c.name());
            writeSpan(g, c.span());
            g.writeBooleanField("media", c.media());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The fields a story's speaker and a store-wide speaker share. */
    private static void writeSpeakerFields(JsonGenerator g, Speaker s) throws IOException {
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        g.writeStringField("role", s.role());
        g.writeStringField("side", s.side());
        writeStrings(g, "affiliations", s.affiliations());
        g.writeStringField("kind", s.kind().name().toLowerCase(Locale.ROOT));
        g.writeNumberField("quoteCount", s.quotes());
        writeStrings(g, "variants", s.variants());
    }

    private static void writeGlobalSpeakers(JsonGenerator g, SpeakerIndex index) throws IOException {
        g.writeArrayFieldStart("speakers");
        for (Speaker s : index.global()) {
            g.writeStartObject();
            writeSpeakerFields(g, s);
            writeStrings(g, "stories", index.stories(s.id()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}

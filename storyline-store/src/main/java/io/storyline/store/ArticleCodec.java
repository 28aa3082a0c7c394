package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.cluster.ArticleFeatures;
import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.dedup.Fingerprint;
import io.storyline.embed.Embedding;
import io.storyline.names.Name;
import io.storyline.names.NameType;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import io.storyline.quotes.Quote;
import io.storyline.quotes.QuoteKind;
import io.storyline.time.Anchor;
import io.storyline.time.DateRange;
import io.storyline.time.Precision;
import io.storyline.time.TimeExpression;
import io.storyline.time.TimeType;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads {@link StoredArticle}s as JSON documents, field by field: the store keeps them
 * so, and the Spark job carries analysed articles between its stages so. Thread-safe.
 */
public final class ArticleCodec {

    private final ObjectMapper json = new ObjectMapper();

    public String write(StoredArticle a) {
        ObjectNode o = json.createObjectNode();
        Article art = a.article();
        o.put("id", art.id());
        o.put("title", art.title());
        o.put("text", art.text());
        o.put("published", art.published() == null ? null : art.published().toString());
        o.put("outlet", art.outlet());
        o.put("url", art.url());
        o.put("givenLanguage", art.language());
        o.put("contentHash", a.contentHash());
        o.put("language", a.language());
        o.put("story", a.story());
        o.put("nearDuplicateOf", a.nearDuplicateOf());
        ArrayNode bp = o.putArray("boilerplate");
        for (Span s : a.boilerplate()) {
            bp.addArray().add(s.start()).add(s.end());
        }
        putNames(o, a.names());
        putQuotes(o, a.quotes());
        putSentences(o, a.sentences());
        putTimes(o, a.times());
        putFeatures(o, a.features());
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot encode article " + art.id(), ex);
        }
    }

    /** Names as objects: start, end, type, key (the text is the span's). */
    private static void putNames(ObjectNode o, List<Name> names) {
        ArrayNode array = o.putArray("names");
        for (Name n : names) {
            array.addObject()
                    .put("start", n.span().start())
                    .put("end", n.span().end())
                    .put("type", n.type().name())
                    .put("key", n.key());
        }
    }

    /** Quotes as objects, spans as [start, end] or null. */
    private static void putQuotes(ObjectNode o, List<Quote> quotes) {
        ArrayNode array = o.putArray("quotes");
        for (Quote q : quotes) {
            ObjectNode qn = array.addObject();
            qn.put("kind", q.kind().name());
            qn.put("start", q.span().start());
            qn.put("end", q.span().end());
            putSpan(qn, "cue", q.cue());
            putSpan(qn, "speakerSpan", q.speakerSpan());
            qn.put("speakerText", q.speakerText());
            qn.put("speaker", q.speaker());
            qn.put("role", q.role());
            qn.put("anonymous", q.anonymous());
        }
    }

    /** Sentences as [start, end, tokens], each token [start, end, pos] plus its lemma when it differs. */
    private static void putSentences(ObjectNode o, List<Sentence> sentences) {
        ArrayNode array = o.putArray("sentences");
        for (Sentence s : sentences) {
            ArrayNode sn = array.addArray().add(s.span().start()).add(s.span().end());
            ArrayNode tokens = sn.addArray();
            for (Token t : s.tokens()) {
                ArrayNode tn = tokens.addArray().add(t.start()).add(t.end()).add(t.pos());
                if (!t.lemma().equals(t.text())) {
                    tn.add(t.lemma());
                }
            }
        }
    }

    /** Time expressions as objects; the range as first and last day. */
    private static void putTimes(ObjectNode o, List<TimeExpression> times) {
        ArrayNode array = o.putArray("times");
        for (TimeExpression t : times) {
            ObjectNode tn = array.addObject();
            tn.put("start", t.span().start());
            tn.put("end", t.span().end());
            tn.put("type", t.type().name());
            tn.put("value", t.value());
            tn.put("precision", t.precision().name());
            DateRange r = t.range();
            if (r != null) {
                tn.put("first", r.first().toString());
                tn.put("last", r.last().toString());
            }
            tn.put("mod", t.mod());
            tn.put("anchor", t.anchor().name());
            LocalDate ad = t.anchorDate();
            tn.put("anchorDate", ad == null ? null : ad.toString());
        }
    }

    /** The clustering features: terms, names, cues, fingerprint, embedding (base64 of its bytes). */
    private void putFeatures(ObjectNode o, ArticleFeatures f) {
        // Maps and sets sorted: Map.copyOf and Set.copyOf iterate in an order that changes from JVM to JVM,
        // and the same article should be stored as the same bytes by any run (the crash tests compare them).
        o.set("terms", json.valueToTree(new TreeMap<>(f.terms())));
        o.set("nameCounts", json.valueToTree(new TreeMap<>(f.names())));
        o.set("nameTypes", json.valueToTree(new TreeMap<>(f.nameTypes())));
        ArticleFeatures.Cues cues = f.cues();
        ObjectNode cn = o.putObject("cues");
        cn.set("title", json.valueToTree(new TreeSet<>(cues.title())));
        cn.set("lead", json.valueToTree(new TreeSet<>(cues.lead())));
        cn.set("dates", json.valueToTree(new TreeSet<>(cues.dates())));
        cn.set("numbers", json.valueToTree(new TreeSet<>(cues.numbers())));
        Fingerprint fp = f.fingerprint();
        if (fp != null) {
            o.set("fingerprint", json.valueToTree(fp.slots()));
        }
        Embedding e = f.embedding();
        if (e != null) {
            ByteBuffer b = e.toBytes();
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            o.put("embedding", Base64.getEncoder().encodeToString(bytes));
        }
    }

    private static void putSpan(ObjectNode o, String field, @Nullable Span s) {
        if (s == null) {
            o.putNull(field);
        } else {
            o.putArray(field).add(s.start()).add(s.end());
        }
    }

    private static @Nullable Span span(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull()
                ? null
                : new Span(v.get(0).asInt(), v.get(1).asInt());
    }

    private static List<Quote> quotes(@Nullable JsonNode arr) {
        List<Quote> out = new ArrayList<>();
        if (arr == null) {
            return out;
        }
        for (JsonNode q : arr) {
            out.add(new Quote(
                    QuoteKind.valueOf(q.get("kind").asText()),
                    new Span(q.get("start").asInt(), q.get("end").asInt()),
                    span(q, "cue"),
                    span(q, "speakerSpan"),
                    str(q, "speakerText"),
                    str(q, "speaker"),
                    str(q, "role"),
                    q.get("anonymous").asBoolean()));
        }
        return out;
    }

    /**
     * Sentences written as [start, end, tokens], each token [start, end, pos] plus its lemma when it
     * differs from the token's text; absent (an older store) reads as none.
     */
    private static List<Sentence> sentences(@Nullable JsonNode arr, String text) {
        List<Sentence> out = new ArrayList<>();
        if (arr == null) {
            return out;
        }
        for (JsonNode s : arr) {
            List<Token> tokens = new ArrayList<>();
            for (JsonNode t : s.get(2)) {
                int start = t.get(0).asInt();
                int end = t.get(1).asInt();
                String word = text.substring(start, end);
                tokens.add(new Token(
                        start,
                        end,
                        word,
                        t.get(2).asText(),
                        t.size() > 3 ? t.get(3).asText() : word));
            }
            out.add(new Sentence(new Span(s.get(0).asInt(), s.get(1).asInt()), tokens));
        }
        return out;
    }

    /** Time expressions; an article stored before times existed has none. */
    private static List<TimeExpression> times(@Nullable JsonNode arr, String text) {
        List<TimeExpression> out = new ArrayList<>();
        if (arr == null) {
            return out;
        }
        for (JsonNode t : arr) {
            Span sp = new Span(t.get("start").asInt(), t.get("end").asInt());
            String first = str(t, "first");
            String last = str(t, "last");
            String anchorDate = str(t, "anchorDate");
            out.add(new TimeExpression(
                    sp,
                    sp.of(text),
                    TimeType.valueOf(t.get("type").asText()),
                    t.get("value").asText(),
                    Precision.valueOf(t.get("precision").asText()),
                    first == null || last == null ? null : new DateRange(LocalDate.parse(first), LocalDate.parse(last)),
                    str(t, "mod"),
                    Anchor.valueOf(t.get("anchor").asText()),
                    anchorDate == null ? null : LocalDate.parse(anchorDate)));
        }
        return out;
    }

    /**
     * The article of {@code doc}, in {@code story}: the store's story column, which a merge of two
     * stories updates without rewriting the document.
     */
    public StoredArticle read(String doc, String story) {
        JsonNode o;
        try {
            o = json.readTree(doc);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a stored article is not valid JSON: " + ex.getOriginalMessage(), ex);
        }
        String text = o.get("text").asText();
        String published = str(o, "published");
        Article art = new Article(
                o.get("id").asText(),
                str(o, "title"),
                text,
                published == null ? null : LocalDate.parse(published),
                str(o, "outlet"),
                str(o, "url"),
                str(o, "givenLanguage"));
        List<Span> bp = new ArrayList<>();
        for (JsonNode s : o.get("boilerplate")) {
            bp.add(new Span(s.get(0).asInt(), s.get(1).asInt()));
        }
        List<Name> names = names(o.get("names"), text);
        ArticleFeatures f = features(o, art);
        return new StoredArticle(
                art,
                o.get("contentHash").asText(),
                o.get("language").asText(),
                bp,
                names,
                f,
                story,
                str(o, "nearDuplicateOf"),
                quotes(o.get("quotes")),
                times(o.get("times"), text),
                sentences(o.get("sentences"), text));
    }

    private static List<Name> names(JsonNode arr, String text) {
        List<Name> names = new ArrayList<>();
        for (JsonNode n : arr) {
            Span sp = new Span(n.get("start").asInt(), n.get("end").asInt());
            names.add(new Name(
                    sp,
                    sp.of(text),
                    NameType.valueOf(n.get("type").asText()),
                    n.get("key").asText()));
        }
        return names;
    }

    /** The clustering features of the stored article {@code o} of {@code art}. */
    private static ArticleFeatures features(JsonNode o, Article art) {
        Map<String, Integer> terms = ints(o.get("terms"));
        Map<String, Integer> nameCounts = ints(o.get("nameCounts"));
        Map<String, NameType> types = new LinkedHashMap<>();
        o.get("nameTypes")
                .properties()
                .forEach(
                        e -> types.put(e.getKey(), NameType.valueOf(e.getValue().asText())));
        Fingerprint fp = null;
        if (o.hasNonNull("fingerprint")) {
            List<Integer> slots = new ArrayList<>();
            o.get("fingerprint").forEach(x -> slots.add(x.asInt()));
            fp = Fingerprint.of(slots);
        }
        Embedding emb = null;
        if (o.hasNonNull("embedding")) {
            emb = Embedding.fromBytes(ByteBuffer.wrap(
                    Base64.getDecoder().decode(o.get("embedding").asText())));
        }
        return new ArticleFeatures(art.id(), art.published(), terms, nameCounts, types, fp, emb, cues(o));
    }

    /** The stored cues, or none for an article stored before cues were kept. */
    private static ArticleFeatures.Cues cues(JsonNode o) {
        JsonNode c = o.get("cues");
        if (c == null || c.isNull()) {
            return ArticleFeatures.Cues.NONE;
        }
        return new ArticleFeatures.Cues(
                strings(c.get("title")), strings(c.get("lead")), strings(c.get("dates")), strings(c.get("numbers")));
    }

    private static Set<String> strings(@Nullable JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        if (array != null) {
            array.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static @Nullable String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Map<String, Integer> ints(JsonNode o) {
        Map<String, Integer> m = new LinkedHashMap<>();
        o.properties().forEach(e -> m.put(e.getKey(), e.getValue().asInt()));
        return m;
    }
}

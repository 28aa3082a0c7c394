package io.storyline.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.storyline.store.Contract;
import io.storyline.store.JsonExport;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryDigests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON API (documented in {@code openapi.json}): the story list with search and paging, one story
 * and one article as the contract's objects ({@link Contract} records, built as {@link JsonExport} builds
 * them, so API and export agree),
 * and {@code POST /api/articles}. Errors are {@code {"error": reason, "field": name}}. Thread-safe.
 */
final class Api {

    static final String JSON = "application/json; charset=utf-8";

    private final Store store;
    private final Catalog catalog;
    private final StoryViews views;
    private final JsonExport export;
    private final ArticleIntake intake;
    private final long maxBody;
    private final boolean loopbackOnly;
    private final ObjectMapper mapper = new ObjectMapper();

    Api(Store store, Catalog catalog, StoryViews views, ArticleIntake intake, long maxBody, boolean loopbackOnly) {
        this.store = store;
        this.catalog = catalog;
        this.views = views;
        this.export = new JsonExport(views.digests());
        this.intake = intake;
        this.maxBody = maxBody;
        this.loopbackOnly = loopbackOnly;
    }

    void stories(Context ctx) throws IOException {
        StoryQuery q = StoryQuery.parse(ctx.queryParamMap());
        List<StorySummary> matching = catalog.find(q);
        ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = mapper.getFactory().createGenerator(buf)) {
            g.writeStartObject();
            g.writeNumberField("page", q.page());
            g.writeNumberField("size", q.size());
            g.writeNumberField("total", matching.size());
            g.writeArrayFieldStart("stories");
            for (StorySummary s : q.page(matching)) {
                summary(g, s);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        ctx.contentType(JSON).result(buf.toByteArray());
    }

    private static void summary(JsonGenerator g, StorySummary s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("title", s.title());
        g.writeNumberField("articles", s.articles());
        g.writeNumberField("independentOrigins", s.independentOrigins());
        g.writeArrayFieldStart("outlets");
        for (String o : s.outlets()) {
            g.writeString(o);
        }
        g.writeEndArray();
        g.writeStringField("first", s.first() == null ? null : s.first().toString());
        g.writeStringField("last", s.last() == null ? null : s.last().toString());
        g.writeArrayFieldStart("speakers");
        for (String sp : s.speakers()) {
            g.writeString(sp);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    void story(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        List<StoredArticle> articles =
                views.articles(id).orElseThrow(() -> ApiException.notFound("no story \"" + id + "\""));
        // Never waits behind the digest thread: the last digest (marked stale) while a new one is computed.
        StoryDigests.Based shown = views.latest(id, articles);
        ctx.contentType(JSON).result(Contract.MAPPER.writeValueAsBytes(export.story(id, articles, shown)));
    }

    /**
     * The contract's article object, with the flags its story gives it, exactly as in the export
     * ({@link Contract.ArticleJson}), and beyond it the article's quotes.
     */
    void article(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        StoredArticle a = store.article(id).orElseThrow(() -> ApiException.notFound("no article \"" + id + "\""));
        Set<String> flags = views.articles(a.story())
                .map(story -> StoryDigests.flags(views.latest(a.story(), story).digest(), id))
                .orElse(Set.of());
        Contract.ApiArticleJson body = Contract.ApiArticleJson.of(Contract.ArticleJson.of(a, flags), a);
        ctx.contentType(JSON).result(Contract.MAPPER.writeValueAsBytes(body));
    }

    void addArticles(Context ctx) throws IOException {
        guard(ctx);
        byte[] body = body(ctx);
        List<ArticleIntake.Item> items = intake.add(body);
        items.stream()
                .filter(i -> i.status().equals("stored") && i.story() != null)
                .map(ArticleIntake.Item::story)
                .distinct()
                .forEach(views::warm);
        long accepted =
                items.stream().filter(i -> !i.status().equals("rejected")).count();
        ObjectNode out = mapper.createObjectNode();
        if (accepted == 0) {
            out.put("error", items.size() == 1 ? items.get(0).reason() : "no article in the body could be added");
        }
        out.put(
                "stored",
                items.stream().filter(i -> i.status().equals("stored")).count());
        out.put(
                "unchanged",
                items.stream().filter(i -> i.status().equals("unchanged")).count());
        out.put("rejected", items.size() - accepted);
        ArrayNode results = out.putArray("results");
        for (ArticleIntake.Item i : items) {
            ObjectNode o = results.addObject();
            o.put("input", i.input());
            o.put("id", i.id());
            o.put("status", i.status());
            o.put("story", i.story());
            o.put("reason", i.reason());
        }
        ctx.status(accepted == 0 ? 400 : 200).contentType(JSON).result(mapper.writeValueAsBytes(out));
    }

    /**
     * Refuses a post a web page could have sent from the reader's browser: a cross-site form or
     * {@code fetch} without a preflight can only send "simple" content types (text/plain, forms), so a
     * JSON content type is required (415); and when the server listens on loopback only, the Host
     * must name loopback (403), which stops DNS-rebinding pages.
     */
    private void guard(Context ctx) {
        String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        if (!(type.startsWith("application/json")
                || type.startsWith("application/x-ndjson")
                || type.startsWith("application/jsonl")
                || type.startsWith("application/json-lines"))) {
            throw new ApiException(
                    415,
                    "Content-Type must be application/json or application/x-ndjson, got "
                            + (ctx.contentType() == null ? "none" : "\"" + ctx.contentType() + "\""),
                    "Content-Type");
        }
        if (loopbackOnly && !isLoopbackHost(ctx.header("Host"))) {
            throw new ApiException(
                    403,
                    "this server listens on loopback only and accepts posts addressed to it by a loopback name",
                    "Host");
        }
    }

    /** Whether a Host header names this machine: localhost, 127.x.x.x or [::1], with any port. */
    static boolean isLoopbackHost(@Nullable String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            return h.startsWith("[::1]");
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return name.equals("localhost") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** The request body, refusing (413) one over the limit before reading more than the limit. */
    private byte[] body(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBody) {
            throw tooLarge(declared);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBody + 1));
            if (bytes.length > maxBody) {
                throw tooLarge(-1);
            }
            return bytes;
        }
    }

    private ApiException tooLarge(long declared) {
        return new ApiException(
                413,
                "body" + (declared > 0 ? " of " + declared + " bytes" : "") + " is over the limit of " + maxBody
                        + " bytes; send fewer articles per request",
                null);
    }

    /** {@code {"error": reason, "field": field}} as bytes. */
    byte[] error(String reason, @Nullable String field) {
        ObjectNode o = mapper.createObjectNode();
        o.put("error", reason);
        if (field != null) {
            o.put("field", field);
        }
        try {
            return mapper.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

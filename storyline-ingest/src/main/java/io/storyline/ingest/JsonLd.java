package io.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The article object of a page's JSON-LD ({@code <script type="application/ld+json">}), if any.
 *
 * <p>Immutable and thread-safe; malformed JSON-LD blocks are ignored.
 */
final class JsonLd {

    private final List<JsonNode> articles;

    private JsonLd(List<JsonNode> articles) {
        this.articles = List.copyOf(articles);
    }

    /** A lenient reader for the JSON-LD found on real pages (raw newlines in strings, trailing commas). */
    static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                .build();
    }

    static JsonLd of(Document doc, ObjectMapper mapper) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                collect(mapper.readTree(script.data().strip()), found, 0);
            } catch (JsonProcessingException | RuntimeException e) {
                // Broken JSON-LD is common on real pages; the DOM is still read.
            }
        }
        return new JsonLd(found);
    }

    private static void collect(@Nullable JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, out, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isArticleType(node.path("@type"))) {
            out.add(node);
        }
        collect(node.get("@graph"), out, depth + 1);
        collect(node.get("mainEntity"), out, depth + 1);
    }

    private static boolean isArticleType(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText("").toLowerCase(Locale.ROOT);
        return t.contains("article") || t.contains("blogposting") || t.equals("report") || t.contains("posting");
    }

    @Nullable
    String articleBody() {
        String best = null;
        for (JsonNode a : articles) {
            String body = text(a.get("articleBody"));
            if (body != null && (best == null || body.length() > best.length())) {
                best = body;
            }
        }
        return best;
    }

    @Nullable
    String headline() {
        return first("headline");
    }

    @Nullable
    String datePublished() {
        return first("datePublished");
    }

    /** The {@code author} names (a string, an object with {@code name}, or an array of either), joined. */
    @Nullable
    String authorName() {
        for (JsonNode a : articles) {
            JsonNode author = a.get("author");
            List<String> names = new ArrayList<>();
            if (author != null && author.isArray()) {
                author.forEach(x -> addName(x, names));
            } else if (author != null) {
                addName(author, names);
            }
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        return null;
    }

    private static void addName(JsonNode node, List<String> names) {
        String name = node.isObject() ? text(node.get("name")) : text(node);
        if (name != null && !name.startsWith("http") && !names.contains(name)) {
            names.add(name);
        }
    }

    @Nullable
    String inLanguage() {
        return first("inLanguage");
    }

    @Nullable
    String publisherName() {
        for (JsonNode a : articles) {
            JsonNode publisher = a.get("publisher");
            if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
                publisher = publisher.get(0);
            }
            String name = publisher == null ? null : text(publisher.get("name"));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private @Nullable String first(String field) {
        for (JsonNode a : articles) {
            String value = text(a.get(field));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }
}

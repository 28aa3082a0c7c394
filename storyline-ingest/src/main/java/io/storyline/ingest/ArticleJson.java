package io.storyline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.storyline.core.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * Turns one article object ({@code {"id", "title", "text", "html", "published", "outlet", "url",
 * "language"}}) into an {@link Article}, with a precise reason when it cannot. Thread-safe.
 */
final class ArticleJson {

    private final HtmlExtractor extractor;

    ArticleJson(HtmlExtractor extractor) {
        this.extractor = extractor;
    }

    Article toArticle(JsonNode node) throws BadInputException {
        if (!node.isObject()) {
            throw new BadInputException("expected a JSON object (an article), got " + kind(node));
        }
        String text = string(node, "text");
        String html = string(node, "html");
        String title = string(node, "title");
        String outlet = string(node, "outlet");
        String url = string(node, "url");
        String language = string(node, "language");
        LocalDate published = published(node.get("published"));
        if (text == null || text.isBlank()) {
            if (html == null || html.isBlank()) {
                throw new BadInputException("article has neither \"text\" nor \"html\" (one of them is required)");
            }
            ExtractedPage page = extractor.extract(html, url);
            text = page.text();
            if (text.isBlank()) {
                throw new BadInputException("no article text found in \"html\"");
            }
            title = title != null ? title : page.title();
            published = published != null ? published : page.published();
            outlet = outlet != null ? outlet : page.outlet();
            url = url != null ? url : page.url();
        }
        String id = string(node, "id");
        if (id == null) {
            id = contentId(text);
        } else if (!Article.isValidId(id)) {
            throw new BadInputException(
                    "id must match [A-Za-z0-9][A-Za-z0-9._-]* (at most 200 characters), got \"" + id + "\"");
        }
        return new Article(id, title, text, published, outlet, url, language);
    }

    /** {@code "a"} followed by the first 16 hex digits of the SHA-256 of the UTF-8 text. */
    static String contentId(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "a" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static @Nullable String string(JsonNode node, String field) throws BadInputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadInputException(field + " must be a string or null, got " + value);
        }
        return value.asText();
    }

    private static @Nullable LocalDate published(@Nullable JsonNode value) throws BadInputException {
        if (value == null || value.isNull()) {
            return null;
        }
        String s = value.isTextual() ? value.asText().strip() : null;
        LocalDate date = s == null ? null : parseDate(s);
        if (date == null) {
            throw new BadInputException("published must be an ISO date like 2025-03-12 or an ISO date-time like "
                    + "2025-03-12T09:30:00Z, got " + value);
        }
        return date;
    }

    private static @Nullable LocalDate parseDate(String s) {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s);
            }
            if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(s).toLocalDate();
            }
            return LocalDateTime.parse(s).toLocalDate();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String kind(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}

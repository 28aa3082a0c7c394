package io.storyline.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What {@link HtmlExtractor} found in one HTML page.
 *
 * @param title headline from the page metadata, or null
 * @param text main article body, paragraphs separated by {@code "\n\n"}; empty when none was found
 * @param published publication date from the page metadata, or null
 * @param outlet site or publisher name, or null
 * @param url canonical URL, or null
 * @param publishedAt publication time with its offset from UTC, when the page states both; else null
 * @param author the author's name (several joined with {@code ", "}), or null
 * @param language the page's language as a lower-case ISO 639 code ({@code en}, {@code pt}), or null
 */
public record ExtractedPage(
        @Nullable String title,
        String text,
        @Nullable LocalDate published,
        @Nullable String outlet,
        @Nullable String url,
        @Nullable OffsetDateTime publishedAt,
        @Nullable String author,
        @Nullable String language) {

    /** A page with no time, author or language. */
    public ExtractedPage(
            @Nullable String title,
            String text,
            @Nullable LocalDate published,
            @Nullable String outlet,
            @Nullable String url) {
        this(title, text, published, outlet, url, null, null, null);
    }

    /** This page with another body text. */
    public ExtractedPage withText(String newText) {
        return new ExtractedPage(title, newText, published, outlet, url, publishedAt, author, language);
    }
}

package io.storyline.ingest;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What {@link HtmlExtractor} found in one HTML page.
 *
 * @param title headline from the page metadata, or null
 * @param text main article body, paragraphs separated by {@code "\n\n"}; empty when none was found
 * @param published publication date from the page metadata, or null
 * @param outlet site or publisher name, or null
 * @param url canonical URL, or null
 */
public record ExtractedPage(
        @Nullable String title,
        String text,
        @Nullable LocalDate published,
        @Nullable String outlet,
        @Nullable String url) {

    /** This page with another body text. */
    public ExtractedPage withText(String newText) {
        return new ExtractedPage(title, newText, published, outlet, url);
    }
}

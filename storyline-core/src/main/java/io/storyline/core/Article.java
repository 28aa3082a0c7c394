package io.storyline.core;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One ingested article: its text exactly as read (or as extracted from HTML) and its metadata.
 *
 * <p>The text is never changed after ingest; every span Storyline reports points into it.
 *
 * @param id unique, file-system safe id ({@code [A-Za-z0-9][A-Za-z0-9._-]*})
 * @param title headline, or null when unknown
 * @param text the article text, not blank
 * @param published publication date, or null when unknown
 * @param outlet publishing outlet, or null
 * @param url canonical URL, or null
 * @param language ISO 639-1 code given by the input, or null to detect it
 */
public record Article(
        String id,
        @Nullable String title,
        String text,
        @Nullable LocalDate published,
        @Nullable String outlet,
        @Nullable String url,
        @Nullable String language) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    public Article {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "id must match [A-Za-z0-9][A-Za-z0-9._-]* (at most 200 characters), got \"" + id + "\"");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("text of article " + id + " is empty");
        }
    }

    /** Whether {@code id} is acceptable as an article id. */
    public static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }
}

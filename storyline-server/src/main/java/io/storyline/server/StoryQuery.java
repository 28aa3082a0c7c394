package io.storyline.server;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A search of the story list: words, a date range, a speaker, an outlet, and a page.
 *
 * @param q words every matching story must contain (titles, outlets, speakers, content lemmas), or null
 * @param from stories with an article published on or after this date, or null
 * @param to stories with an article published on or before this date, or null
 * @param speaker part of a quoted speaker's name, or null
 * @param outlet part of an outlet's name, or null
 * @param page 1-based page number
 * @param size stories per page, 1 to {@link #MAX_SIZE}
 */
record StoryQuery(
        @Nullable String q,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String speaker,
        @Nullable String outlet,
        int page,
        int size) {

    static final int MAX_SIZE = 100;
    static final int DEFAULT_SIZE = 20;
    private static final int MAX_TEXT = 200;
    private static final Set<String> PARAMETERS = Set.of("q", "from", "to", "speaker", "outlet", "page", "size");

    StoryQuery {
        if (page < 1) {
            throw ApiException.badRequest("page must be 1 or more, got " + page, "page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badRequest("size must be between 1 and " + MAX_SIZE + ", got " + size, "size");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("to (" + to + ") is before from (" + from + ")", "to");
        }
    }

    /** Reads a query from request parameters; unknown or malformed parameters are a 400. */
    static StoryQuery parse(Map<String, List<String>> params) {
        return parse(params, true);
    }

    /**
     * Reads a query from request parameters; malformed ones are a 400, and so are unknown ones when
     * {@code strict} (the API; pages ignore them, as links from elsewhere carry tracking parameters).
     */
    static StoryQuery parse(Map<String, List<String>> params, boolean strict) {
        for (String name : params.keySet()) {
            if (strict && !PARAMETERS.contains(name)) {
                throw ApiException.badRequest(
                        "unknown parameter \"" + name + "\"; allowed: q, from, to, speaker, outlet, page, size", name);
            }
        }
        return new StoryQuery(
                text(params, "q"),
                date(params, "from"),
                date(params, "to"),
                text(params, "speaker"),
                text(params, "outlet"),
                number(params, "page", 1),
                number(params, "size", DEFAULT_SIZE));
    }

    /** The stories of this query's page out of {@code all}. */
    <T> List<T> page(List<T> all) {
        long start = (long) (page - 1) * size;
        if (start >= all.size()) {
            return List.of();
        }
        return all.subList((int) start, (int) Math.min(all.size(), start + size));
    }

    private static @Nullable String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiException.badRequest(name + " is given " + values.size() + " times; give it once", name);
        }
        return values.get(0);
    }

    private static @Nullable String text(Map<String, List<String>> params, String name) {
        String v = single(params, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw ApiException.badRequest(
                    name + " is " + v.length() + " characters long; at most " + MAX_TEXT + " are allowed", name);
        }
        return v.strip();
    }

    private static @Nullable LocalDate date(Map<String, List<String>> params, String name) {
        String v = single(params, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeException e) {
            throw ApiException.badRequest(name + " must be a date like 2025-03-12, got \"" + shorten(v) + "\"", name);
        }
    }

    private static int number(Map<String, List<String>> params, String name, int otherwise) {
        String v = single(params, name);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, got \"" + shorten(v) + "\"", name);
        }
    }

    private static String shorten(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}

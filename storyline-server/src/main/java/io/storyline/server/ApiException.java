package io.storyline.server;

import org.jspecify.annotations.Nullable;

/**
 * A request the server refuses, with the HTTP status, a one-line reason, and the offending parameter
 * or field when there is one. Rendered as {@code {"error": reason, "field": field}} by the API and as
 * an error page by the web UI.
 */
final class ApiException extends RuntimeException {

    private final int status;
    private final @Nullable String field;

    ApiException(int status, String reason, @Nullable String field) {
        super(reason, null, false, false);
        this.status = status;
        this.field = field;
    }

    static ApiException badRequest(String reason, @Nullable String field) {
        return new ApiException(400, reason, field);
    }

    static ApiException notFound(String reason) {
        return new ApiException(404, reason, null);
    }

    int status() {
        return status;
    }

    @Nullable
    String field() {
        return field;
    }

    String reason() {
        return String.valueOf(getMessage());
    }
}

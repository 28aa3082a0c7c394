package io.storyline.ingest.feeds;

import java.net.URI;
import java.net.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/** One response after redirects: where it came from, its status, headers and (bounded) body. */
final class Fetched {
    final URI uri;
    final int status;
    final HttpHeaders headers;
    final byte[] body;

    Fetched(URI uri, int status, HttpHeaders headers, byte[] body) {
        this.uri = uri;
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    @Nullable
    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}

package io.storyline.ingest.feeds;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs a URL the polite and careful way: a User-Agent on every request, at least {@code hostDelay}
 * between two requests to one host, a connect timeout and an overall response timeout, a bounded
 * body, and redirects followed by hand (at most {@code maxRedirects}), each target checked against the
 * {@link AddressPolicy} before it is requested. Not thread-safe (the per-host times are plain state);
 * one watcher uses one fetcher.
 */
final class PoliteFetcher {

    /** Waits; tests substitute a fake that advances a fake clock. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;

        Sleeper SYSTEM = d -> Thread.sleep(Math.max(0, d.toMillis()));
    }

    private final FeedOptions options;
    private final HttpClient client;
    private final AddressPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Instant> nextAllowed = new HashMap<>();

    PoliteFetcher(FeedOptions options, HttpClient client, AddressPolicy policy, Clock clock, Sleeper sleeper) {
        this.options = options;
        this.client = client;
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** A client set up for these options: connect timeout, no automatic redirects. */
    static HttpClient newClient(FeedOptions options) {
        return HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * GETs {@code uri}, following redirects.
     *
     * @param headers extra request headers (conditional GET)
     * @param maxBytes body size limit
     * @return the final response (any status other than a redirect)
     * @throws FetchException when refused, unreachable, too slow, too large or redirected too often
     */
    Fetched get(URI uri, Map<String, String> headers, String accept, long maxBytes)
            throws FetchException, InterruptedException {
        URI current = uri;
        for (int hop = 0; hop <= options.maxRedirects(); hop++) {
            Optional<String> refusal = policy.refusal(current);
            if (refusal.isPresent()) {
                throw new FetchException(refusal.get(), false);
            }
            HttpResponse<byte[]> response = send(current, headers, accept, maxBytes);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (isRedirect(status) && location.isPresent()) {
                current = resolve(current, location.get());
                continue;
            }
            return new Fetched(current, status, response.headers(), response.body());
        }
        throw new FetchException("more than " + options.maxRedirects() + " redirects from " + uri, false);
    }

    private HttpResponse<byte[]> send(URI uri, Map<String, String> headers, String accept, long maxBytes)
            throws FetchException, InterruptedException {
        waitForHost(uri);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(options.readTimeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", accept);
        headers.forEach(b::header);
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(b.build(), info -> new BoundedBody(isRedirect(info.statusCode()) ? 65536 : maxBytes));
        try {
            return future.get(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(
                    "no complete response from " + uri + " within " + seconds(options.readTimeout()), true);
        } catch (ExecutionException e) {
            throw describe(uri, e.getCause() == null ? e : e.getCause());
        } finally {
            nextAllowed.put(hostKey(uri), clock.instant().plus(options.hostDelay()));
        }
    }

    private FetchException describe(URI uri, Throwable t) {
        if (t instanceof BoundedBody.TooLarge) {
            return new FetchException(uri + ": " + t.getMessage(), false);
        }
        if (t instanceof HttpConnectTimeoutException) {
            return new FetchException(
                    "could not connect to " + uri.getHost() + " within " + seconds(options.connectTimeout()), true);
        }
        if (t instanceof HttpTimeoutException) {
            return new FetchException("no response from " + uri + " within " + seconds(options.readTimeout()), true);
        }
        if (t instanceof ConnectException) {
            return new FetchException("cannot connect to " + uri.getHost() + ": connection refused", true);
        }
        String m = t.getMessage();
        String what = t instanceof IOException ? "network error" : "request failed";
        return new FetchException(
                what + " fetching " + uri + ": " + t.getClass().getSimpleName() + (m == null ? "" : " " + m), true);
    }

    private void waitForHost(URI uri) throws InterruptedException {
        Instant next = nextAllowed.get(hostKey(uri));
        if (next != null) {
            Duration wait = Duration.between(clock.instant(), next);
            if (!wait.isNegative() && !wait.isZero()) {
                sleeper.sleep(wait);
            }
        }
    }

    private static String hostKey(URI uri) {
        return String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI resolve(URI base, String location) throws FetchException {
        try {
            return base.resolve(new URI(location.strip())).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("bad redirect from " + base + " to \"" + location + "\"", false);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}

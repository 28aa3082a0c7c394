package io.storyline.ingest.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.storyline.core.Article;
import io.storyline.ingest.ExtractedPage;
import io.storyline.ingest.HtmlBytes;
import io.storyline.ingest.HtmlExtractor;
import io.storyline.ingest.ReadResult;
import io.storyline.ingest.UrlIds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Polls RSS 2.0 and Atom feeds and turns their new entries into articles.
 *
 * <p>Each poll GETs every feed (conditionally: the ETag and Last-Modified of the last answer are sent
 * back, and a 304 ends the poll of that feed), parses it with Rome, and for each entry not seen before
 * fetches the linked page, extracts it with {@link HtmlExtractor} and hands the article to the sink as a
 * {@link ReadResult.Read} (input: the entry's link). A page that cannot be used is handed on as a
 * {@link ReadResult.Skipped} with the reason; pages that failed for a reason that may pass (a timeout, a
 * 5xx) are tried again at the next poll, the others are remembered as seen. A feed that fails (refused
 * address, timeout, HTTP error, malformed XML) is reported as a Skipped with the feed URL and the
 * reason and in its {@link FeedResult}; the other feeds are polled as usual.
 *
 * <p>Article: url the page's canonical URL (else the address it was fetched from), id derived from it
 * ({@link UrlIds}), title, date and outlet from the page, else from the entry and the feed.
 *
 * <p>What was seen is kept in a JSON file ({@code feeds.json} in the data directory, written atomically
 * after each feed, once a {@link BufferedSink} has stored the feed's articles), so a new watcher on the
 * same directory does not take the same entries again, and a killed one loses none. All
 * fetching goes through {@link PoliteFetcher}: User-Agent, per-host delay, timeouts, size limits,
 * checked redirects, and no loopback, private or link-local addresses unless {@link
 * FeedOptions#allowPrivate()}.
 *
 * <p>Not thread-safe: one thread polls. Feeds are polled one after another.
 */
public final class FeedWatcher {

    /**
     * A sink that may hold articles back (stores them in batches, say): the watcher calls {@link #flush}
     * before it writes the entries it handed over as seen, so that a process killed in between never
     * leaves an entry remembered but its article not stored (it would never be taken again).
     */
    public interface BufferedSink extends Consumer<ReadResult> {
        /** Stores every article handed over so far. */
        void flush();
    }

    /** The file, in the data directory, that holds what was seen. */
    public static final String STATE_FILE = "feeds.json";

    private static final String FEED_ACCEPT =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    private final FeedOptions options;
    private final FeedState state;
    private final PoliteFetcher fetcher;
    private final Consumer<? super ReadResult> sink;
    private final Clock clock;
    private final PoliteFetcher.Sleeper sleeper;
    private final HtmlExtractor extractor = new HtmlExtractor();

    /** A watcher keeping its memory in {@code dataDir}, fetching over the network with the system resolver. */
    public FeedWatcher(FeedOptions options, Path dataDir, Consumer<? super ReadResult> sink) {
        this(
                options,
                dataDir,
                sink,
                PoliteFetcher.newClient(options),
                AddressPolicy.Resolver.SYSTEM,
                Clock.systemUTC(),
                PoliteFetcher.Sleeper.SYSTEM);
    }

    FeedWatcher(
            FeedOptions options,
            Path dataDir,
            Consumer<? super ReadResult> sink,
            HttpClient client,
            AddressPolicy.Resolver resolver,
            Clock clock,
            PoliteFetcher.Sleeper sleeper) {
        this.options = options;
        this.state = FeedState.load(dataDir.resolve(STATE_FILE));
        this.sink = sink;
        this.clock = clock;
        this.sleeper = sleeper;
        this.fetcher =
                new PoliteFetcher(options, client, new AddressPolicy(options.allowPrivate(), resolver), clock, sleeper);
    }

    /**
     * Polls every feed once, in order.
     *
     * @return one result per feed, in the same order
     */
    public List<FeedResult> poll(List<URI> feeds) throws InterruptedException {
        List<FeedResult> results = new ArrayList<>();
        for (URI feed : feeds) {
            FeedResult r;
            try {
                r = pollFeed(feed);
            } catch (FetchException e) {
                r = FeedResult.failed(feed, String.valueOf(e.getMessage()));
            }
            if (r.error() != null) {
                sink.accept(new ReadResult.Skipped(feed.toString(), r.error()));
            }
            if (sink instanceof BufferedSink buffered) {
                buffered.flush(); // the articles are stored before their entries are remembered as seen
            }
            state.save();
            results.add(r);
        }
        return results;
    }

    /**
     * Polls every {@code every} until {@code keepGoing} says stop (checked after each poll) or the thread
     * is interrupted; {@code report} sees each poll's results.
     */
    public void run(List<URI> feeds, Duration every, BooleanSupplier keepGoing, Consumer<List<FeedResult>> report)
            throws InterruptedException {
        while (true) {
            java.time.Instant started = clock.instant();
            report.accept(poll(feeds));
            if (!keepGoing.getAsBoolean()) {
                return;
            }
            Duration rest = every.minus(Duration.between(started, clock.instant()));
            if (!rest.isNegative() && !rest.isZero()) {
                sleeper.sleep(rest);
            }
        }
    }

    private FeedResult pollFeed(URI feed) throws FetchException, InterruptedException {
        FeedState.Feed memory = state.feed(feed.toString());
        Map<String, String> conditional = new LinkedHashMap<>();
        if (memory.etag != null) {
            conditional.put("If-None-Match", memory.etag);
        }
        if (memory.lastModified != null) {
            conditional.put("If-Modified-Since", memory.lastModified);
        }
        Fetched got = fetcher.get(feed, conditional, FEED_ACCEPT, options.maxFeedBytes());
        if (got.status == 304) {
            return new FeedResult(feed, FeedResult.Status.NOT_MODIFIED, 0, 0, 0, 0, null);
        }
        if (got.status != 200) {
            return FeedResult.failed(feed, "feed " + feed + " answered HTTP " + got.status);
        }
        SyndFeed parsed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            parsed = input.build(new XmlReader(new ByteArrayInputStream(got.body), got.header("Content-Type"), true));
        } catch (FeedException | IOException | RuntimeException e) {
            return FeedResult.failed(feed, "feed " + feed + " is not a valid RSS or Atom document: " + e.getMessage());
        }
        memory.etag = got.header("ETag");
        memory.lastModified = got.header("Last-Modified");
        return takeEntries(feed, got.uri, parsed, memory);
    }

    private FeedResult takeEntries(URI feed, URI base, SyndFeed parsed, FeedState.Feed memory)
            throws InterruptedException {
        int fresh = 0;
        int articles = 0;
        int skipped = 0;
        for (SyndEntry entry : parsed.getEntries()) {
            String link = link(entry, base);
            String key = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : link;
            if (key == null || memory.seen.contains(key)) {
                continue;
            }
            fresh++;
            if (fresh > options.maxEntriesPerPoll()) {
                continue;
            }
            ReadResult result;
            boolean remember = true;
            try {
                result = article(link, entry, parsed);
            } catch (FetchException e) {
                result = new ReadResult.Skipped(
                        String.valueOf(link), e.getMessage() + (e.retry() ? " (will retry)" : ""));
                remember = !e.retry();
            }
            if (remember) {
                memory.see(key);
            }
            if (result instanceof ReadResult.Read) {
                articles++;
            } else {
                skipped++;
            }
            sink.accept(result);
        }
        return new FeedResult(
                feed, FeedResult.Status.FETCHED, parsed.getEntries().size(), fresh, articles, skipped, null);
    }

    private ReadResult article(@Nullable String link, SyndEntry entry, SyndFeed feed)
            throws FetchException, InterruptedException {
        if (link == null) {
            return new ReadResult.Skipped(String.valueOf(entry.getUri()), "feed entry has no usable http(s) link");
        }
        Fetched page = fetcher.get(URI.create(link), Map.of(), PAGE_ACCEPT, options.maxPageBytes());
        if (page.status >= 500 || page.status == 429) {
            throw new FetchException("page " + link + " answered HTTP " + page.status, true);
        }
        if (page.status != 200) {
            return new ReadResult.Skipped(link, "page answered HTTP " + page.status);
        }
        String contentType = page.header("Content-Type");
        if (!HtmlBytes.isHtml(contentType)) {
            return new ReadResult.Skipped(
                    link,
                    "not an HTML page (Content-Type " + (contentType == null ? "missing" : "\"" + contentType + "\"")
                            + ")");
        }
        String html = HtmlBytes.decode(page.body, page.body.length, contentType);
        ExtractedPage extracted = extractor.extract(html, page.uri.toString());
        if (extracted.text().isBlank()) {
            return new ReadResult.Skipped(link, "no article text found in the page");
        }
        String url = extracted.url() != null ? extracted.url() : page.uri.toString();
        String title = extracted.title() != null ? extracted.title() : blankToNull(entry.getTitle());
        LocalDate published = extracted.published() != null ? extracted.published() : date(entry);
        String outlet = extracted.outlet() != null ? extracted.outlet() : blankToNull(feed.getTitle());
        return new ReadResult.Read(
                link, new Article(UrlIds.of(url), title, extracted.text(), published, outlet, url, null));
    }

    /** The entry's page link made absolute, or null when it has no http(s) link. */
    private static @Nullable String link(SyndEntry entry, URI base) {
        String raw = entry.getLink();
        if (raw == null || raw.isBlank()) {
            for (SyndLink l : entry.getLinks()) {
                if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
                    raw = l.getHref();
                    break;
                }
            }
        }
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            URI u = base.resolve(new URI(raw.strip()));
            String scheme = u.getScheme();
            return scheme != null
                            && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                            && u.getHost() != null
                    ? u.toString()
                    : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable LocalDate date(SyndEntry entry) {
        Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return d == null ? null : LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package io.storyline.cli;

import io.storyline.analysis.Pipeline;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.ingest.ReadResult;
import io.storyline.ingest.feeds.FeedOptions;
import io.storyline.ingest.feeds.FeedResult;
import io.storyline.ingest.feeds.FeedWatcher;
import io.storyline.store.ArticleLoader;
import io.storyline.store.Store;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Polls RSS/Atom feeds, fetches new entries' pages and analyses them into the data directory. */
@Command(
        mixinStandardHelpOptions = true,
        name = "watch",
        description = "Poll RSS 2.0 / Atom feeds, fetch each new entry's page and analyse it into the data "
                + "directory, remembering what was seen (feeds.json there). Polite: conditional GET, a "
                + "User-Agent, 1 s between requests to a host, timeouts and size limits. Loopback, private "
                + "and link-local addresses are refused unless --allow-private. With --once: exit 0 all "
                + "feeds read, 3 some feeds or entries failed, 1 every feed failed.")
final class WatchCommand implements Callable<Integer> {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*([smhd])");

    @Mixin
    DataOptions data = new DataOptions();

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Parameters(paramLabel = "FEED_URL", arity = "1..*", description = "http(s) URLs of RSS 2.0 or Atom feeds.")
    List<String> feeds = new ArrayList<>();

    @Option(
            names = "--every",
            paramLabel = "DURATION",
            defaultValue = "10m",
            description = "Time between polls, like 90s, 10m, 1h (at least 1m; default: ${DEFAULT-VALUE}).")
    String every = "10m";

    @Option(names = "--once", description = "Poll once and exit (for cron and tests).")
    boolean once;

    @Option(names = "--allow-private", description = "Allow loopback, private and link-local addresses.")
    boolean allowPrivate;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        List<URI> uris = feedUris(); // usage errors come before the models load
        Duration interval = interval();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = analysis.pipeline();
        FeedOptions options = FeedOptions.defaults().withAllowPrivate(allowPrivate);
        PollSink sink = new PollSink(err);
        FeedWatcher watcher = new FeedWatcher(options, data.data, sink);
        while (true) {
            Instant started = Instant.now();
            List<FeedResult> results = poll(uris, watcher, sink, pipeline);
            report(out, results, sink);
            if (once) {
                return exitCode(results, sink);
            }
            Duration rest = interval.minus(Duration.between(started, Instant.now()));
            if (!rest.isNegative()) {
                Thread.sleep(rest.toMillis());
            }
        }
    }

    /** One poll, with the store open only for its length so that other commands can use it in between. */
    private List<FeedResult> poll(List<URI> uris, FeedWatcher watcher, PollSink sink, Pipeline pipeline)
            throws InterruptedException {
        sink.reset();
        try (Store store = Store.open(data.data);
                ArticleLoader loader =
                        ArticleLoader.open(store, pipeline, AssemblyOptions.defaults(), analysis.threads)) {
            List<FeedResult> results;
            try (ArticleLoader.Session session =
                    loader.session(sink.summary.listener(new Progress("watch", 0, 0, false)))) {
                sink.session = session;
                results = watcher.poll(uris);
            } finally {
                sink.session = null;
            }
            sink.summary.stories = store.stories().size();
            return results;
        }
    }

    private static void report(PrintWriter out, List<FeedResult> results, PollSink sink) {
        String time = LocalTime.now(ZoneId.systemDefault())
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        for (FeedResult r : results) {
            switch (r.status()) {
                case FETCHED ->
                    out.printf(
                            "%s  %s: %d entries, %d new, %d read, %d skipped%n",
                            time, r.feed(), r.entries(), r.newEntries(), r.articles(), r.skipped());
                case NOT_MODIFIED -> out.printf("%s  %s: not modified%n", time, r.feed());
                case FAILED -> out.printf("%s  %s: failed: %s%n", time, r.feed(), r.error());
            }
        }
        AnalyzeCommand.Summary s = sink.summary;
        out.printf(
                "%s  %d articles analysed, %d already stored unchanged, %d skipped; %d stories in the store%n",
                time, s.stored, s.unchanged, s.skipped.size(), s.stories);
        out.flush();
    }

    private static int exitCode(List<FeedResult> results, PollSink sink) {
        long failed = results.stream()
                .filter(r -> r.status() == FeedResult.Status.FAILED)
                .count();
        if (failed == results.size()) {
            return 1;
        }
        return failed > 0 || !sink.summary.skipped.isEmpty() ? 3 : 0;
    }

    private List<URI> feedUris() {
        List<URI> out = new ArrayList<>();
        for (String f : feeds) {
            try {
                URI u = new URI(f.strip());
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                    out.add(u);
                    continue;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw new ParameterException(
                    spec.commandLine(),
                    "FEED_URL must be an http(s) URL like https://example.org/rss.xml, got \"" + f + "\"");
        }
        return out;
    }

    private Duration interval() {
        Duration d = parseDuration(every);
        if (d == null || d.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--every must be a duration of at least 1m like 90s, 10m or 1h, got \"" + every + "\"");
        }
        return d;
    }

    static @Nullable Duration parseDuration(String s) {
        Matcher m = SHORT_DURATION.matcher(s.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Forwards articles to the current load session and reports skipped entries and feeds on stderr. */
    private static final class PollSink implements FeedWatcher.BufferedSink {
        private final PrintWriter err;
        AnalyzeCommand.Summary summary = new AnalyzeCommand.Summary();
        ArticleLoader.@Nullable Session session;

        PollSink(PrintWriter err) {
            this.err = err;
        }

        void reset() {
            summary = new AnalyzeCommand.Summary();
        }

        @Override
        public void flush() {
            ArticleLoader.Session s = session;
            if (s != null) {
                s.flush();
            }
        }

        @Override
        public void accept(ReadResult r) {
            ArticleLoader.Session s = session;
            if (r instanceof ReadResult.Read read && s != null) {
                summary.read++;
                s.accept(read.article());
            } else if (r instanceof ReadResult.Skipped skipped) {
                summary.skipped.add(skipped.toString());
                err.println("skipped " + skipped);
                err.flush();
            }
        }
    }
}

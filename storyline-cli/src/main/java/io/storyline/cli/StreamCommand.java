package io.storyline.cli;

import io.storyline.analysis.Pipeline;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.store.Store;
import io.storyline.stream.StreamConfig;
import io.storyline.stream.StreamProcessor;
import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Consumes articles from a Kafka topic into the data directory and publishes story-update events. */
@Command(
        mixinStandardHelpOptions = true,
        name = "stream",
        description = "Consume articles (the contract's JSON article object, one per record) from a Kafka topic, "
                + "analyse them into the stories of the data directory and publish a story-update event per "
                + "changed story (key: story id) to the output topic; bad records go unchanged to the "
                + "dead-letter topic with the reason in the storyline.reason header. Offsets are committed "
                + "after the store has the records. Runs until stopped (Ctrl-C, SIGTERM).")
final class StreamCommand implements Callable<Integer> {

    @Mixin
    DataOptions data = new DataOptions();

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT", description = "Kafka brokers.")
    String bootstrap = "";

    @Option(names = "--in", required = true, paramLabel = "TOPIC", description = "Topic of articles.")
    String in = "";

    @Option(names = "--out", required = true, paramLabel = "TOPIC", description = "Topic of story-update events.")
    String out = "";

    @Option(
            names = "--dead-letter",
            required = true,
            paramLabel = "TOPIC",
            description = "Topic for records that are not articles.")
    String deadLetter = "";

    @Option(
            names = "--group",
            paramLabel = "ID",
            defaultValue = "storyline",
            description = "Consumer group (default: ${DEFAULT-VALUE}).")
    String group = "storyline";

    @Option(
            names = "--client-property",
            paramLabel = "KEY=VALUE",
            description = "A Kafka client setting for consumer and producer, e.g. security.protocol=SSL or "
                    + "group.instance.id=desk-1 (static membership: a restart takes over at once); repeatable.")
    Map<String, String> client = new LinkedHashMap<>();

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        StreamConfig config;
        try {
            config = new StreamConfig(bootstrap, in, out, deadLetter, group, client);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = analysis.pipeline();
        CountDownLatch closed = new CountDownLatch(1);
        try (Store store = Store.open(data.data);
                Views views = Views.open(!analysis.noEmbeddings, store);
                StreamProcessor processor = StreamProcessor.open(
                        config, store, pipeline, AssemblyOptions.defaults(), views.digests(), analysis.threads)) {
            Thread hook = new Thread(() -> {
                processor.stop();
                try {
                    closed.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(hook);
            stdout.printf(
                    "streaming %s -> %s (dead letters: %s), group %s, into %s%n",
                    in, out, deadLetter, group, data.data);
            stdout.flush();
            processor.run(new StreamProcessor.Listener() {
                @Override
                public void batch(StreamProcessor.BatchSummary s) {
                    stdout.printf(
                            "%s  %d records: %d stored, %d already stored, %d dead letters; %d story updates (%d ms: %d analysis"
                                    + " and store, %d digests)%n",
                            now(),
                            s.records(),
                            s.stored(),
                            s.redelivered(),
                            s.deadLetters(),
                            s.events(),
                            s.millis(),
                            s.loadMillis(),
                            s.digestMillis());
                    stdout.flush();
                }

                @Override
                public void deadLetter(String record, String reason) {
                    err.println("dead letter " + record + ": " + reason);
                    err.flush();
                }
            });
        } finally {
            closed.countDown();
        }
        return 0;
    }

    private static String now() {
        return LocalTime.now(ZoneId.systemDefault())
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }
}

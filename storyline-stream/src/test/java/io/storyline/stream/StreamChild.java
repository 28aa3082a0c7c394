package io.storyline.stream;

import io.storyline.analysis.StandardPipeline;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.digest.StoryDigester;
import io.storyline.store.Store;
import io.storyline.store.StoryDigests;
import java.nio.file.Path;
import java.util.Map;

/**
 * A child process for {@link StreamProcessorTest}: runs the stream processor on {@code args} (bootstrap,
 * input, output, dead-letter topic, group, data directory) until it is killed, printing a line per
 * batch.
 */
public final class StreamChild {

    private StreamChild() {}

    public static void main(String[] args) {
        StreamConfig config = new StreamConfig(
                args[0],
                args[1],
                args[2],
                args[3],
                args[4],
                // small batches: more commit points for the kills to fall between; static membership, so a
                // restarted child takes the partition over at once
                Map.of("max.poll.records", "7", "group.instance.id", "crash-child", "session.timeout.ms", "10000"));
        try (Store store = Store.open(Path.of(args[5]));
                StreamProcessor p = StreamProcessor.open(
                        config,
                        store,
                        StandardPipeline.create(new StandardPipeline.Options(false, 600)),
                        AssemblyOptions.defaults(),
                        new StoryDigests(new StoryDigester(null), 0, store),
                        2)) {
            System.out.println("ready");
            System.out.flush();
            p.run(new StreamProcessor.Listener() {
                @Override
                public void batch(StreamProcessor.BatchSummary s) {
                    System.out.println("batch " + s);
                    System.out.flush();
                }
            });
        }
    }
}

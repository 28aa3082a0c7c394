package io.storyline.spark;

import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StandardPipeline;
import io.storyline.cluster.StoryPairModel;
import io.storyline.digest.StoryDigester;
import io.storyline.embed.MiniLmEmbedder;
import org.jspecify.annotations.Nullable;

/**
 * The models of one executor JVM, loaded on first use and then shared by every task that runs in it.
 *
 * <p>The one place in Storyline with static state, on purpose: Spark ships closures, not objects
 * that live as long as an executor, so a per-JVM holder is how the models (hundreds of MB, seconds to
 * load) are loaded once per executor instead of once per task or record, and never serialized from
 * the driver. The models are immutable and thread-safe once built; the holder only publishes them.
 */
final class ExecutorModels {

    private static final Object LOCK = new Object();
    private static @Nullable Pipeline pipeline;
    private static @Nullable Pipeline pipelineWithoutEmbeddings;
    private static @Nullable StoryDigester digester;
    private static @Nullable StoryDigester digesterWithoutEmbeddings;
    private static @Nullable StoryPairModel pairModel;

    private ExecutorModels() {}

    /** The article pipeline the CLI's analyze builds ({@code StandardPipeline}, 600 embedding chars). */
    static Pipeline pipeline(boolean embeddings) {
        synchronized (LOCK) {
            Pipeline p = embeddings ? pipeline : pipelineWithoutEmbeddings;
            if (p == null) {
                p = StandardPipeline.create(new StandardPipeline.Options(embeddings, 600));
                if (embeddings) {
                    pipeline = p;
                } else {
                    pipelineWithoutEmbeddings = p;
                }
            }
            return p;
        }
    }

    /** The story digester the CLI's views build (summary of 7 sentences). */
    static StoryDigester digester(boolean embeddings) {
        synchronized (LOCK) {
            StoryDigester d = embeddings ? digester : digesterWithoutEmbeddings;
            if (d == null) {
                d = new StoryDigester(embeddings ? new MiniLmEmbedder() : null, 7);
                if (embeddings) {
                    digester = d;
                } else {
                    digesterWithoutEmbeddings = d;
                }
            }
            return d;
        }
    }

    /** The shipped story pair model. */
    static StoryPairModel pairModel() {
        synchronized (LOCK) {
            StoryPairModel m = pairModel;
            if (m == null) {
                m = StoryPairModel.shipped();
                pairModel = m;
            }
            return m;
        }
    }
}

package io.storyline.cli;

import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StandardPipeline;
import picocli.CommandLine.Option;

/** Options of every command that analyses articles: threads and embeddings. */
final class AnalysisOptions {

    @Option(
            names = "--threads",
            description =
                    "Analysis threads; analyze also digests that many stories at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--no-embeddings",
            description = "Skip the MiniLM lead embeddings (faster, slightly worse grouping).")
    boolean noEmbeddings;

    /** Loads the models and builds the article pipeline. */
    Pipeline pipeline() {
        return StandardPipeline.create(new StandardPipeline.Options(!noEmbeddings, 600));
    }
}

package io.storyline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that reads or writes a data directory shares. */
final class DataOptions {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "storyline-data")
    Path data = Path.of("storyline-data");

    @Option(names = "--verbose", description = "Show stack traces of failures.")
    boolean verbose;
}

package io.storyline.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code storyline} command: analyse articles into stories and show them. */
@Command(
        name = "storyline",
        mixinStandardHelpOptions = true,
        version = "storyline 0.1.0",
        description = "Groups news articles into stories and shows, story by story, who reports what.",
        subcommands = {
            AnalyzeCommand.class,
            WatchCommand.class,
            StreamCommand.class,
            StoriesCommand.class,
            StoryCommand.class,
            QuotesCommand.class,
            ClaimsCommand.class,
            SourcesCommand.class,
            ExportCommand.class,
            CheckCommand.class,
            ImportCommand.class,
            ServeCommand.class,
            EvalCommand.class,
            BenchCommand.class
        })
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 usage, 3 some inputs skipped). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler(new Failures());
        return cl.execute(args);
    }
}

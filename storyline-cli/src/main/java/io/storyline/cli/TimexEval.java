package io.storyline.cli;

import io.storyline.eval.TimexScores;
import io.storyline.time.RuleTimeFinder;
import io.storyline.time.TimeFinderOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storyline eval timex DIR}: time expressions found in {@code DIR/articles.jsonl} (resolved
 * against each article's publication date) against {@code DIR/gold-timex.jsonl}: detection by
 * overlap, value accuracy on the matched ones.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "timex",
        description = {
            "Time expressions on DIR/articles.jsonl against DIR/gold-timex.jsonl: detection P/R/F1 (a found",
            "expression matches a gold one when they overlap) and value accuracy on the matched ones."
        })
final class TimexEval implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder with articles.jsonl and gold-timex.jsonl.")
    Path dir = Path.of(".");

    @Option(names = "--min-f1", description = "Fail (exit 1) when detection F1 is below this.")
    double minF1;

    @Option(names = "--min-value", description = "Fail (exit 1) when value accuracy is below this.")
    double minValue;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write every miss, wrong value and extra to FILE.")
    Path errors = Path.of("");

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        TimexScores.Scores s = run(spec.commandLine().getOut(), name, dir, minF1, minValue);
        if (!errors.toString().isEmpty()) {
            Files.write(errors, s.errors());
        }
        return s.f1() >= minF1 && s.valueAccuracy() >= minValue ? 0 : 1;
    }

    /** Scores one set and prints the line; TimeBank conventions ("former" is not an expression). */
    static TimexScores.Scores run(PrintWriter out, String name, Path dir, double minF1, double minValue) {
        Path gold = dir.resolve("gold-timex.jsonl");
        if (!Files.isRegularFile(gold)) {
            throw new IllegalArgumentException("no gold-timex.jsonl in " + dir);
        }
        List<TimexScores.Doc> docs = TimexScores.docs(dir.resolve("articles.jsonl"));
        Map<String, List<TimexScores.Gold>> g = TimexScores.gold(gold);
        RuleTimeFinder finder = new RuleTimeFinder(TimeFinderOptions.timeBank());
        TimexScores.Scores all = TimexScores.score(finder, docs, g, id -> true);
        TimexScores.Scores held = TimexScores.score(finder, docs, g, TimexScores::heldOut);
        boolean pass = all.f1() >= minF1 && all.valueAccuracy() >= minValue;
        out.printf(
                Locale.ROOT,
                "timex      %-15s %s%s%n  held-out half (even id hash): detection F1 %.3f, value accuracy %.3f%n",
                name,
                all,
                minF1 > 0 || minValue > 0
                        ? (pass ? "  PASS" : "  FAIL") + " (F1 >= " + minF1 + ", value >= " + minValue + ")"
                        : "",
                held.f1(),
                held.valueAccuracy());
        return all;
    }
}

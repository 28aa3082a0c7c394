package io.storyline.cli;

import io.storyline.ingest.ExtractionEvaluation;
import io.storyline.text.BoilerplateDetector;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storyline eval extraction DIR}: HTML main-text extraction scored with the benchmark's shingle F1. */
@Command(
        mixinStandardHelpOptions = true,
        name = "extraction",
        description = "Extract DIR/pages/*.html, drop boilerplate lines, score against DIR/gold.jsonl "
                + "(word 4-gram shingle precision/recall/F1, macro over pages).")
final class ExtractionCommand implements Callable<Integer> {

    static final double GATE = 0.94;

    @Parameters(paramLabel = "DIR", description = "Folder with pages/ and gold.jsonl.")
    Path dir = Path.of(".");

    @Option(names = "--min-f1", description = "Fail (exit 1) when F1 is below this.")
    double min;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Write {\"id\",\"body\"} JSON lines here.")
    @Nullable
    Path predictions;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ExtractionEvaluation.Result r = evaluate(dir);
        if (predictions != null) {
            r.writePredictions(predictions);
        }
        return report(out, r, min) ? 0 : 1;
    }

    static ExtractionEvaluation.Result evaluate(Path dir) {
        BoilerplateDetector detector = new BoilerplateDetector();
        try {
            return ExtractionEvaluation.run(dir, text -> BoilerplateDetector.strip(text, detector.detect(text, null)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot evaluate extraction on " + dir + ": " + e.getMessage(), e);
        }
    }

    static boolean extraction(PrintWriter out, Path dir, double min) {
        return report(out, evaluate(dir), min);
    }

    private static boolean report(PrintWriter out, ExtractionEvaluation.Result r, double min) {
        boolean pass = r.f1() >= min;
        out.printf(
                "extraction %-15s pages=%d  P=%.4f R=%.4f F1=%.4f accuracy=%.4f  %s%n",
                "extraction-dev",
                r.pages().size(),
                r.precision(),
                r.recall(),
                r.f1(),
                r.accuracy(),
                min > 0 ? (pass ? "PASS (>= " + min + ")" : "FAIL (< " + min + ")") : "");
        return pass;
    }
}

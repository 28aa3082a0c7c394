package io.storyline.cli;

import io.storyline.claims.Alignment;
import io.storyline.claims.Statement;
import io.storyline.claims.StatementAligner;
import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storyline eval paraphrase DIR}: the statement-alignment decision that claims use, on the
 * sentence pairs of {@code DIR/pairs.tsv} (MRPC layout: label, id1, id2, sentence1, sentence2), against
 * the paraphrase label: accuracy and F1 on each half and on the whole.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "paraphrase",
        description = "The claim alignment decision on DIR/pairs.tsv (MRPC) against its paraphrase labels.")
final class ParaphraseEval implements Callable<Integer> {

    static final double MIN_ACCURACY = 0.75;
    static final double MIN_F1 = 0.83;

    @Parameters(paramLabel = "DIR", description = "Folder with pairs.tsv.")
    Path dir = Path.of(".");

    @Option(names = "--no-embeddings", description = "Lexical evidence only.")
    boolean noEmbeddings;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Views views = Views.open(!noEmbeddings)) {
            return run(spec.commandLine().getOut(), dir, views) ? 0 : 1;
        }
    }

    /** Prints the scores; false below the floors (accuracy 0.75, F1 0.83). */
    static boolean run(PrintWriter out, Path dir, Views views) {
        Path file = dir.resolve("pairs.tsv");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        lines = lines.subList(Math.min(1, lines.size()), lines.size());
        OpenNlpAnalyzer nlp = new OpenNlpAnalyzer(EnglishModels.load());
        StatementAligner aligner = new StatementAligner(views.embedder());
        int half = lines.size() / 2;
        int[][] c = new int[2][4];
        int embedded = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length < 5) {
                throw new IllegalArgumentException(file + " line " + (i + 2) + ": expected 5 tab-separated fields");
            }
            Alignment a = aligner.align(statement(nlp, f[3]), statement(nlp, f[4]));
            embedded += a.embedded() ? 1 : 0;
            boolean gold = f[0].equals("1");
            c[i < half ? 0 : 1][(a.same() ? 0 : 2) + (gold ? 0 : 1)]++;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int[] all = new int[4];
        for (int k = 0; k < 4; k++) {
            all[k] = c[0][k] + c[1][k];
        }
        double[] whole = scores(all);
        boolean pass = whole[0] >= MIN_ACCURACY && whole[1] >= MIN_F1;
        out.printf(
                Locale.ROOT,
                "paraphrase %-15s pairs=%d accuracy=%.3f F1=%.3f (first half %.3f/%.3f, second half %.3f/%.3f);"
                        + " %d pairs embedded; %.0f pairs/s  %s%n",
                dir.toAbsolutePath().normalize().getFileName(),
                lines.size(),
                whole[0],
                whole[1],
                scores(c[0])[0],
                scores(c[0])[1],
                scores(c[1])[0],
                scores(c[1])[1],
                embedded,
                lines.size() / Math.max(1e-9, seconds),
                pass ? "PASS (accuracy >= 0.75, F1 >= 0.83)" : "FAIL (accuracy >= 0.75, F1 >= 0.83)");
        return pass;
    }

    private static double[] scores(int[] c) {
        int n = c[0] + c[1] + c[2] + c[3];
        return new double[] {n == 0 ? 0 : (double) (c[0] + c[3]) / n, 2.0 * c[0] / Math.max(1, 2.0 * c[0] + c[1] + c[2])
        };
    }

    /** {@code text} as a statement, tokenised by {@code nlp}. */
    static Statement statement(OpenNlpAnalyzer nlp, String text) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : nlp.sentences(text, List.of())) {
            tokens.addAll(s.tokens());
        }
        return Statement.of(text, tokens);
    }
}

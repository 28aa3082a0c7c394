package io.storyline.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints the cost of an embedding and the MRPC paraphrase figures of "cosine >= t"; asserts nothing
 * about either. Runs only when asked:
 * {@code ./mvnw -q -pl storyline-core -am verify -Dstoryline.report=true -Dtest=MiniLmEmbedderReport
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "storyline.report", matches = "true")
class MiniLmEmbedderReport {

    private static final int BATCH = 16;

    private static final String FILLER = "Officials from the regional council said on Thursday that the new rail link"
            + " between the two northern towns would be delayed by at least eighteen months because of rising"
            + " costs, a shortage of engineers and a legal dispute with the main contractor over safety checks. ";

    @Test
    void printCostAndMrpcFigures() throws IOException {
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            System.out.println("model: " + embedder.describeModel());
            for (int tokens : new int[] {32, 128, 256}) {
                printCost(embedder, textOfExactly(embedder.tokenizer(), tokens), tokens);
            }
            Path pairs = shared().resolve("eval/mrpc-train/pairs.tsv");
            if (Files.isRegularFile(pairs)) {
                printMrpc(embedder, pairs);
            } else {
                System.out.println("MRPC: " + pairs + " not found, skipped");
            }
        }
    }

    private static String textOfExactly(WordPieceTokenizer tokenizer, int tokens) {
        String text = FILLER.repeat(20);
        List<String> pieces = tokenizer.wordPieces(text);
        // The filler is plain words, so its first n-2 pieces end on a word boundary often enough;
        // the encoder truncates to exactly n anyway, which is what is timed.
        assertThat(pieces.size()).isGreaterThan(tokens);
        return text;
    }

    private static void printCost(MiniLmEmbedder base, String text, int tokens) {
        try (MiniLmEmbedder embedder = new MiniLmEmbedder(base.config().withMaxTokens(tokens))) {
            assertThat(embedder.tokenizer().encode(text, tokens).size()).isEqualTo(tokens);
            for (int i = 0; i < 20; i++) {
                embedder.embed(text);
            }
            // Rounds, not one long loop: the machine is shared, so the best round is the closest to the
            // real cost and the median shows what contention does to it.
            int runs = tokens <= 128 ? 60 : 30;
            double[] rounds = new double[7];
            for (int round = 0; round < rounds.length; round++) {
                long start = System.nanoTime();
                for (int i = 0; i < runs; i++) {
                    embedder.embed(text);
                }
                rounds[round] = (System.nanoTime() - start) / 1e6 / runs;
            }
            Arrays.sort(rounds);
            long tokenizeStart = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                embedder.tokenizer().encodeIds(text, tokens);
            }
            double tokenizeMs = (System.nanoTime() - tokenizeStart) / 1e6 / runs;
            System.out.printf(
                    Locale.ROOT,
                    "cost: %d tokens, 1 intra-op thread: %.2f ms per embedding in the best round, %.2f median"
                            + " (tokenising %.3f ms)%n",
                    tokens,
                    rounds[0],
                    rounds[rounds.length / 2],
                    tokenizeMs);
        }
    }

    private static void printMrpc(MiniLmEmbedder embedder, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Integer> sentenceIndex = new LinkedHashMap<>();
        List<int[]> pairs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            int a = sentenceIndex.computeIfAbsent(f[3], k -> sentenceIndex.size());
            int b = sentenceIndex.computeIfAbsent(f[4], k -> sentenceIndex.size());
            pairs.add(new int[] {Integer.parseInt(f[0]), a, b});
        }
        List<String> sentences = new ArrayList<>(sentenceIndex.keySet());
        long start = System.nanoTime();
        List<Embedding> single = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            single.add(embedder.embed(s));
        }
        double singleMs = (System.nanoTime() - start) / 1e6 / sentences.size();
        List<Embedding> batched;
        try (MiniLmEmbedder batching = new MiniLmEmbedder(embedder.config().withBatchSize(BATCH))) {
            start = System.nanoTime();
            batched = batching.embedAll(sentences);
        }
        double batchedMs = (System.nanoTime() - start) / 1e6 / sentences.size();
        double minAgreement = 1;
        for (int i = 0; i < sentences.size(); i++) {
            minAgreement = Math.min(minAgreement, single.get(i).cosine(batched.get(i)));
        }
        System.out.printf(
                Locale.ROOT,
                "MRPC: %d pairs, %d distinct sentences; embed() %.2f ms/sentence, embedAll(batch %d) %.2f ms/sentence,"
                        + " min cosine(single, batched) %.4f%n",
                pairs.size(),
                sentences.size(),
                singleMs,
                BATCH,
                batchedMs,
                minAgreement);
        System.out.print("embed():   ");
        printThresholdSweep(pairs, single);
        System.out.print("embedAll(batch " + BATCH + "): ");
        printThresholdSweep(pairs, batched);
    }

    private static void printThresholdSweep(List<int[]> pairs, List<Embedding> embeddings) {
        int n = pairs.size();
        double[] cos = new double[n];
        boolean[] gold = new boolean[n];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            int[] p = pairs.get(i);
            cos[i] = embeddings.get(p[1]).cosine(embeddings.get(p[2]));
            gold[i] = p[0] == 1;
            positives += gold[i] ? 1 : 0;
        }
        double[] thresholds = cos.clone();
        Arrays.sort(thresholds);
        double bestAcc = 0, bestAccT = 0, accF1 = 0, bestF1 = 0, bestF1T = 0, f1Acc = 0;
        for (double t : thresholds) {
            int tp = 0, fp = 0, tn = 0;
            for (int i = 0; i < n; i++) {
                boolean predicted = cos[i] >= t;
                if (predicted && gold[i]) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (!gold[i]) {
                    tn++;
                }
            }
            double acc = (double) (tp + tn) / n;
            double f1 = 2.0 * tp / (2.0 * tp + fp + (positives - tp));
            if (acc > bestAcc) {
                bestAcc = acc;
                bestAccT = t;
                accF1 = f1;
            }
            if (f1 > bestF1) {
                bestF1 = f1;
                bestF1T = t;
                f1Acc = acc;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "MRPC cosine >= t: best accuracy %.4f (F1 %.4f) at t=%.4f; best F1 %.4f (accuracy %.4f) at t=%.4f;"
                        + " majority baseline %.4f%n",
                bestAcc,
                accF1,
                bestAccT,
                bestF1,
                f1Acc,
                bestF1T,
                (double) positives / n);
    }

    private static Path shared() {
        String property = System.getProperty("storyline.shared");
        if (property != null) {
            return Path.of(property);
        }
        return Files.isDirectory(Path.of("../shared")) ? Path.of("../shared") : Path.of("../../shared");
    }
}

package io.storyline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Trains and cross-validates the block model on extraction sets ({@code DIR/pages/<id>.html} read as UTF-8,
 * {@code DIR/gold.jsonl}), with folds by site so that no site (and no page template) is both trained on
 * and scored: each fold's pages are scored by a model trained on all other folds of all the sets given.
 *
 * <p>Not thread-safe to share; each call reads the pages afresh.
 */
public final class ExtractionCrossValidation {

    /** Number of site folds. */
    public static final int FOLDS = 5;

    /** One labelled page of a set, analysed once. */
    record LabelledPage(String set, String id, String url, String site, String gold, PageAnalysis page) {}

    /**
     * The held-out figures of one set.
     *
     * @param set the set's folder name
     * @param foldF1 F1 on each fold's held-out pages of this set (folds without pages of it left out)
     * @param mean mean of {@code foldF1}
     * @param sd sample standard deviation of {@code foldF1}
     * @param pooled all held-out predictions of the set scored together
     */
    public record SetFigures(
            String set, List<Double> foldF1, double mean, double sd, ExtractionEvaluation.Result pooled) {
        public SetFigures {
            foldF1 = List.copyOf(foldF1);
        }
    }

    /**
     * Pages read and analysed, and how fast.
     *
     * @param pages labelled pages of every set, in set then gold order
     * @param pagesPerSecond pages analysed (parsed, cut into blocks, featured) per second of wall time
     * @param threads threads used
     */
    record Loaded(List<LabelledPage> pages, double pagesPerSecond, int threads) {}

    private ExtractionCrossValidation() {}

    /** Reads and analyses every page of {@code dirs} with {@code threads} threads. */
    static Loaded load(List<Path> dirs, int threads) throws IOException {
        HtmlExtractor extractor = new HtmlExtractor(BlockModel.heuristic());
        ObjectMapper mapper = new ObjectMapper();
        List<String[]> todo = new ArrayList<>();
        for (Path dir : dirs) {
            String set = dir.toAbsolutePath().normalize().getFileName().toString();
            for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode gold = mapper.readTree(line);
                    todo.add(new String[] {
                        set,
                        dir.toString(),
                        gold.path("id").asText(),
                        gold.path("url").asText(""),
                        gold.path("body").asText()
                    });
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<LabelledPage>> futures = new ArrayList<>();
            for (String[] t : todo) {
                futures.add(pool.submit(() -> {
                    String html = Files.readString(Path.of(t[1], "pages", t[2] + ".html"), StandardCharsets.UTF_8);
                    PageAnalysis a = extractor.analyse(html, t[3].isEmpty() ? null : t[3]);
                    return new LabelledPage(t[0], t[2], t[3], Sites.of(t[3]), t[4], a);
                }));
            }
            List<LabelledPage> pages = new ArrayList<>();
            for (Future<LabelledPage> f : futures) {
                pages.add(f.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Loaded(pages, pages.size() / seconds, threads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading extraction pages", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : new IOException("cannot analyse a page: " + cause, cause);
        } finally {
            pool.shutdown();
        }
    }

    /** Site-fold cross-validation: per set, the held-out figures of models trained on the other folds. */
    static List<SetFigures> crossValidate(
            List<LabelledPage> pages, BlockModelTrainer.Settings settings, Function<String, String> postProcess) {
        ShingleScorer scorer = new ShingleScorer();
        Map<String, List<List<ExtractionEvaluation.PageResult>>> bySet = new LinkedHashMap<>();
        for (LabelledPage p : pages) {
            bySet.computeIfAbsent(p.set(), s -> new ArrayList<>());
        }
        bySet.values().forEach(l -> {
            for (int f = 0; f < FOLDS; f++) {
                l.add(new ArrayList<>());
            }
        });
        for (int fold = 0; fold < FOLDS; fold++) {
            List<BlockModelTrainer.Example> train = new ArrayList<>();
            for (LabelledPage p : pages) {
                if (Sites.fold(p.site(), FOLDS) != fold) {
                    train.add(new BlockModelTrainer.Example(p.page(), p.gold()));
                }
            }
            BlockModel model = BlockModelTrainer.train(train, settings);
            for (LabelledPage p : pages) {
                if (Sites.fold(p.site(), FOLDS) == fold) {
                    String predicted = postProcess.apply(p.page().extract(model).text());
                    bySet.getOrDefault(p.set(), List.of())
                            .get(fold)
                            .add(new ExtractionEvaluation.PageResult(
                                    p.id(), p.url(), predicted, scorer.match(p.gold(), predicted)));
                }
            }
        }
        List<SetFigures> out = new ArrayList<>();
        bySet.forEach((set, folds) -> out.add(figures(set, folds)));
        return out;
    }

    private static SetFigures figures(String set, List<List<ExtractionEvaluation.PageResult>> folds) {
        List<Double> f1 = new ArrayList<>();
        List<ExtractionEvaluation.PageResult> all = new ArrayList<>();
        for (List<ExtractionEvaluation.PageResult> fold : folds) {
            if (!fold.isEmpty()) {
                f1.add(ExtractionEvaluation.summarise(fold).f1());
                all.addAll(fold);
            }
        }
        double mean = f1.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double var = 0;
        for (double v : f1) {
            var += (v - mean) * (v - mean);
        }
        double sd = f1.size() > 1 ? Math.sqrt(var / (f1.size() - 1)) : 0;
        return new SetFigures(set, f1, mean, sd, ExtractionEvaluation.summarise(all));
    }

    /** Trains one model on every page of {@code pages}. */
    static BlockModel trainAll(List<LabelledPage> pages, BlockModelTrainer.Settings settings) {
        List<BlockModelTrainer.Example> train = new ArrayList<>();
        pages.forEach(p -> train.add(new BlockModelTrainer.Example(p.page(), p.gold())));
        return BlockModelTrainer.train(train, settings);
    }

    /** Scores every page with one model (in-sample when the model was trained on them). */
    static List<ExtractionEvaluation.Result> score(
            List<LabelledPage> pages, BlockModel model, Function<String, String> postProcess) {
        ShingleScorer scorer = new ShingleScorer();
        Map<String, List<ExtractionEvaluation.PageResult>> bySet = new LinkedHashMap<>();
        for (LabelledPage p : pages) {
            String predicted = postProcess.apply(p.page().extract(model).text());
            bySet.computeIfAbsent(p.set(), s -> new ArrayList<>())
                    .add(new ExtractionEvaluation.PageResult(
                            p.id(), p.url(), predicted, scorer.match(p.gold(), predicted)));
        }
        List<ExtractionEvaluation.Result> out = new ArrayList<>();
        bySet.values().forEach(l -> out.add(ExtractionEvaluation.summarise(l)));
        return out;
    }

    /**
     * Everything {@code storyline eval extraction} reports for one set.
     *
     * @param set the set's folder name
     * @param pages number of pages
     * @param heuristic the hand-weighted heuristic alone (tuned by hand on extraction-dev)
     * @param bundled the shipped block model (trained on these pages when they are a dev set: in-sample)
     * @param crossValidated the site-fold held-out figures
     * @param metadata how the extracted metadata agrees with what the labelled page shows
     */
    public record SetReport(
            String set,
            int pages,
            ExtractionEvaluation.Result heuristic,
            ExtractionEvaluation.Result bundled,
            SetFigures crossValidated,
            String metadata) {}

    /**
     * The reports of every set and the speed of the page analysis.
     *
     * @param sets one report per folder, in the order given
     * @param pagesPerSecond pages parsed, cut and featured per second of wall time
     * @param threads threads used for the analysis
     */
    public record Report(List<SetReport> sets, double pagesPerSecond, int threads) {
        public Report {
            sets = List.copyOf(sets);
        }
    }

    /**
     * Scores the heuristic, the shipped model and site-fold cross-validated models on every folder.
     *
     * @param dirs extraction sets; the cross-validated models are trained on the other folds of all of them
     * @param threads threads for reading and analysing pages
     * @param postProcess applied to every extracted body before scoring
     */
    public static Report evaluate(List<Path> dirs, int threads, Function<String, String> postProcess)
            throws IOException {
        Loaded loaded = load(dirs, threads);
        List<ExtractionEvaluation.Result> heuristic = score(loaded.pages(), BlockModel.heuristic(), postProcess);
        List<ExtractionEvaluation.Result> bundled = score(loaded.pages(), BlockModel.bundled(), postProcess);
        List<SetFigures> cv = crossValidate(loaded.pages(), BlockModelTrainer.Settings.DEFAULT, postProcess);
        List<SetReport> out = new ArrayList<>();
        for (int i = 0; i < cv.size(); i++) {
            String set = cv.get(i).set();
            List<LabelledPage> ofSet =
                    loaded.pages().stream().filter(p -> p.set().equals(set)).toList();
            out.add(new SetReport(
                    set,
                    heuristic.get(i).pages().size(),
                    heuristic.get(i),
                    bundled.get(i),
                    cv.get(i),
                    MetadataCheck.of(ofSet).toString()));
        }
        return new Report(out, loaded.pagesPerSecond(), loaded.threads());
    }

    /**
     * Trains the block model on every page of {@code dirs} and writes it to {@code out} as TSV, headed by
     * {@code header} (the command that trained it and its held-out figures).
     */
    public static void train(List<Path> dirs, int threads, Path out, List<String> header) throws IOException {
        Loaded loaded = load(dirs, threads);
        BlockModel model = trainAll(loaded.pages(), BlockModelTrainer.Settings.DEFAULT);
        Files.writeString(out, model.toTsv(header), StandardCharsets.UTF_8);
    }
}

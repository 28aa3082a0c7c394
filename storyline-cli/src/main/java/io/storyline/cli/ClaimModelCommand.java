package io.storyline.cli;

import io.storyline.analysis.AnalyzedArticle;
import io.storyline.claims.AssertionFeatures;
import io.storyline.claims.Claim;
import io.storyline.claims.ClaimClusterer;
import io.storyline.claims.ClaimInput;
import io.storyline.claims.ClaimLinker;
import io.storyline.claims.ClaimPairModel;
import io.storyline.claims.ClaimUnit;
import io.storyline.claims.OriginEvidence;
import io.storyline.claims.Statement;
import io.storyline.claims.StatementAligner;
import io.storyline.claims.StoryAlignment;
import io.storyline.claims.UnitExtractor;
import io.storyline.claims.UnitLink;
import io.storyline.core.Article;
import io.storyline.embed.Embedding;
import io.storyline.eval.ClaimAgreement;
import io.storyline.eval.EventGold;
import io.storyline.eval.ParaphrasePair;
import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storyline eval claim-model}: trains the claim pair model ({@link ClaimPairModel}) on MRPC-train
 * pairs and the candidate statement pairs of ECB+ stories (labelled by the event chains of {@code
 * gold/events.tsv}: same chain = same assertion), choosing the grouping thresholds on the training
 * topics, and reports the claim scores ({@link ClaimAgreement}) on topic folds the model and its
 * thresholds never saw. With {@code --out} it writes the model trained on every topic.
 */
@Command(
        mixinStandardHelpOptions = true,
        name = "claim-model",
        description = "Train the claim pair model on MRPC + ECB+ events; cross-validated scores by topic folds.")
final class ClaimModelCommand implements Callable<Integer> {

    @Option(names = "--ecb", paramLabel = "DIR", required = true, description = "ECB+ folder with gold/events.tsv.")
    Path ecb = Path.of(".");

    @Option(names = "--mrpc", paramLabel = "DIR", description = "MRPC folder with pairs.tsv (optional).")
    @org.jspecify.annotations.Nullable
    Path mrpc;

    /** Which pairs the weights are fitted on (the thresholds are always chosen on the ECB+ training topics). */
    enum TrainOn {
        both,
        mrpc,
        ecb
    }

    @Option(
            names = "--train-on",
            description = "Fit the weights on MRPC and ECB+ pairs (both, default), MRPC only or ECB+ only.")
    TrainOn trainOn = TrainOn.both;

    @Option(names = "--folds", description = "Topic folds (default 5).")
    int folds = 5;

    @Option(names = "--max-mixed", description = "Most mixed share the thresholds may give on training topics.")
    double maxMixed = 0.10;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the model trained on all topics here.")
    @org.jspecify.annotations.Nullable
    Path out;

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    private static final double[] MERGE = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    private static final double[] APART = {0.05, 0.2, 0.4, 0.6};
    static final double L2 = 1.0;

    /** A candidate pair with its features, label (null: not on annotated sentences) and contradiction flag. */
    private record Example(
            ClaimUnit a,
            ClaimUnit b,
            List<Double> x,
            @org.jspecify.annotations.Nullable Boolean same,
            boolean contradiction) {}

    /** One gold story's units and candidate pairs. */
    private record Story(String topic, List<List<ClaimUnit>> units, List<Example> pairs, List<String> order) {}

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        try (Views views = Views.open(!analysis.noEmbeddings)) {
            List<ClaimAgreement.GoldClaim> chains =
                    EventGold.read(ecb.resolve("gold").resolve("events.tsv"));
            List<Story> stories = stories(views, chains);
            List<List<Double>> mx = new ArrayList<>();
            List<Boolean> my = new ArrayList<>();
            if (mrpc != null) {
                mrpc(views, java.util.Objects.requireNonNull(mrpc), mx, my);
            }
            List<String> ids = new ArrayList<>();
            stories.forEach(st -> ids.addAll(st.order()));
            List<Set<String>> topicFolds = EventGold.folds(ids, folds);
            w.printf(
                    Locale.ROOT,
                    "claim-model: %d stories, %d topics, %d labelled ECB+ pairs, %d MRPC pairs%n",
                    stories.size(),
                    topicFolds.stream().mapToInt(Set::size).sum(),
                    stories.stream()
                            .mapToLong(s -> s.pairs().stream()
                                    .filter(e -> e.same() != null)
                                    .count())
                            .sum(),
                    mx.size());
            List<ClaimAgreement.Scores> held = heldOut(w, stories, topicFolds, mx, my, chains);
            w.println("  held-out folds, mean ± sd: " + Folds.summary(held));
            ClaimPairModel all = thresholds(fit(stories, mx, my), stories, chains);
            ClaimAgreement.Scores trained = score(all, stories, chains);
            w.printf(
                    Locale.ROOT,
                    "  model on all topics: merge %.2f apart %.2f; on its own training topics" + " (not a result) %s%n",
                    all.merge(),
                    all.apart(),
                    trained);
            Path file = out;
            if (file != null) {
                write(w, file, all, held, mx.size(), stories.size());
            }
        }
        return 0;
    }

    /** Fits and scores the model on each topic fold held out in turn; prints and returns the scores. */
    private List<ClaimAgreement.Scores> heldOut(
            PrintWriter w,
            List<Story> stories,
            List<Set<String>> topicFolds,
            List<List<Double>> mx,
            List<Boolean> my,
            List<ClaimAgreement.GoldClaim> chains) {
        List<ClaimAgreement.Scores> held = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            Set<String> test = topicFolds.get(f);
            List<Story> train =
                    stories.stream().filter(s -> !test.contains(s.topic())).toList();
            List<Story> heldOut =
                    stories.stream().filter(s -> test.contains(s.topic())).toList();
            ClaimPairModel m = thresholds(fit(train, mx, my), train, chains);
            ClaimAgreement.Scores s = score(m, heldOut, chains);
            held.add(s);
            w.printf(
                    Locale.ROOT,
                    "  fold %d (topics %s): merge %.2f apart %.2f; held-out %s%n",
                    f + 1,
                    new TreeSet<>(test),
                    m.merge(),
                    m.apart(),
                    s);
        }
        return held;
    }

    /** Writes {@code all} to {@code file} with the command that trained it and its held-out figures. */
    private void write(
            PrintWriter w,
            Path file,
            ClaimPairModel all,
            List<ClaimAgreement.Scores> held,
            int mrpcPairs,
            int storyCount) {
        List<String> header = List.of(
                "Claim pair model (logistic regression on standardised AssertionFeatures), trained by",
                "  storyline eval claim-model --ecb ../shared/eval/ecbplus-dev --mrpc ../shared/eval/mrpc-train"
                        + " --train-on " + trainOn + " --folds " + folds + " --out " + file.getFileName(),
                "on " + mrpcPairs + " MRPC-train pairs and the labelled candidate pairs of ecbplus-dev's "
                        + storyCount + " stories; merge/apart chosen on those topics (mixed <= " + maxMixed
                        + ").",
                "Held-out topic folds (" + folds + "), mean ± sd: " + Folds.summary(held));
        try {
            Files.writeString(file, all.withHeader(header).write(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        w.println("  wrote " + file);
    }

    private List<Story> stories(Views views, List<ClaimAgreement.GoldClaim> chains) {
        List<Article> articles = EvalSets.articles(ecb);
        Map<String, String> gold = EvalSets.goldStories(ecb);
        List<AnalyzedArticle> analysed = QuotesEval.analyse(articles, analysis.pipeline(), analysis.threads);
        Map<String, List<AnalyzedArticle>> byStory = new LinkedHashMap<>();
        for (AnalyzedArticle a : analysed) {
            byStory.computeIfAbsent(gold.getOrDefault(a.id(), a.id()), k -> new ArrayList<>())
                    .add(a);
        }
        Map<String, Map<String, Set<String>>> chainsAt = chainsBySpan(chains);
        UnitExtractor extractor = new UnitExtractor();
        StatementAligner aligner = new StatementAligner(views.embedder(), StatementAligner.Options.claims());
        ClaimLinker linker = new ClaimLinker(views.embedder(), aligner, ClaimLinker.Options.defaults());
        List<Story> out = new ArrayList<>();
        for (List<AnalyzedArticle> story : byStory.values()) {
            List<List<ClaimUnit>> units = new ArrayList<>();
            for (AnalyzedArticle a : story) {
                units.add(extractor.extract(ClaimInput.from(a)));
            }
            List<Example> pairs = new ArrayList<>();
            for (ClaimLinker.Candidate c : linker.candidates(units).pairs()) {
                Set<String> ca = chainsOf(chainsAt, c.a());
                Set<String> cb = chainsOf(chainsAt, c.b());
                Boolean same = (ca.isEmpty() || cb.isEmpty()) ? null : !Collections.disjoint(ca, cb);
                if (!c.planAndDeed()) {
                    pairs.add(new Example(c.a(), c.b(), c.features(), same, c.contradiction()));
                }
            }
            out.add(new Story(
                    EventGold.topic(story.get(0).id()),
                    units,
                    pairs,
                    story.stream().map(AnalyzedArticle::id).toList()));
        }
        return out;
    }

    /** Article → gold sentence key ("start:end") → chains. */
    private static Map<String, Map<String, Set<String>>> chainsBySpan(List<ClaimAgreement.GoldClaim> chains) {
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        for (ClaimAgreement.GoldClaim g : chains) {
            g.spans()
                    .forEach((article, spans) -> spans.forEach(s -> out.computeIfAbsent(article, k -> new HashMap<>())
                            .computeIfAbsent(s.start() + ":" + s.end(), k -> new HashSet<>())
                            .add(g.id())));
        }
        return out;
    }

    private static Set<String> chainsOf(Map<String, Map<String, Set<String>>> chainsAt, ClaimUnit u) {
        Set<String> out = new HashSet<>();
        chainsAt.getOrDefault(u.article(), Map.of()).forEach((key, ids) -> {
            int colon = key.indexOf(':');
            io.storyline.core.Span s = new io.storyline.core.Span(
                    Integer.parseInt(key.substring(0, colon)), Integer.parseInt(key.substring(colon + 1)));
            if (ClaimAgreement.liesOn(u.span(), s)) {
                out.addAll(ids);
            }
        });
        return out;
    }

    /** MRPC pairs as features, IDF over all MRPC sentences. */
    static void mrpc(Views views, Path dir, List<List<Double>> x, List<Boolean> y) {
        OpenNlpAnalyzer nlp = new OpenNlpAnalyzer(EnglishModels.load());
        List<Statement[]> pairs = new ArrayList<>();
        List<Statement> all = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (ParaphrasePair p : ParaphrasePair.read(dir)) {
            Statement a = Statement.of(p.a(), nlp);
            Statement b = Statement.of(p.b(), nlp);
            pairs.add(new Statement[] {a, b});
            all.add(a);
            all.add(b);
            labels.add(p.same());
        }
        List<Embedding> vectors = views.embedder() == null
                ? List.of()
                : java.util.Objects.requireNonNull(views.embedder())
                        .embedAll(all.stream().map(Statement::text).toList());
        AssertionFeatures.StoryIdf idf = new AssertionFeatures.StoryIdf(all);
        for (int i = 0; i < pairs.size(); i++) {
            double cos = vectors.isEmpty() ? 0 : vectors.get(2 * i).cosine(vectors.get(2 * i + 1));
            x.add(java.util.Arrays.stream(AssertionFeatures.of(
                            pairs.get(i)[0],
                            AssertionFeatures.Voice.FACT,
                            pairs.get(i)[1],
                            AssertionFeatures.Voice.FACT,
                            cos,
                            idf))
                    .boxed()
                    .toList());
            y.add(labels.get(i));
        }
    }

    /** Fits on the labelled pairs of {@code stories} and the MRPC pairs (each set weighing the same in all). */
    private ClaimPairModel fit(List<Story> stories, List<List<Double>> mx, List<Boolean> my) {
        if (trainOn == TrainOn.mrpc) {
            return ClaimPairModel.fit(mx, my, java.util.Collections.nCopies(mx.size(), 1.0), L2);
        }
        return trainOn == TrainOn.ecb ? fitPairs(stories, List.of(), List.of()) : fitPairs(stories, mx, my);
    }

    private static ClaimPairModel fitPairs(List<Story> stories, List<List<Double>> mx, List<Boolean> my) {
        List<List<Double>> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<Double> weight = new ArrayList<>();
        for (Story s : stories) {
            for (Example e : s.pairs()) {
                Boolean same = e.same();
                if (same != null) {
                    x.add(e.x());
                    y.add(same);
                }
            }
        }
        int ecbCount = x.size();
        x.addAll(mx);
        y.addAll(my);
        double mrpcWeight = mx.isEmpty() ? 1 : Math.min(1.0, (double) ecbCount / mx.size());
        for (int i = 0; i < x.size(); i++) {
            weight.add(i < ecbCount ? 1.0 : mrpcWeight);
        }
        return ClaimPairModel.fit(x, y, weight, L2);
    }

    /**
     * {@code m} with the merge and apart thresholds that give the best pair F1 on {@code stories} with a
     * mixed share of at most {@code maxMixed} (or the least mixed share when none does).
     */
    private ClaimPairModel thresholds(ClaimPairModel m, List<Story> stories, List<ClaimAgreement.GoldClaim> chains) {
        Folds.Choice<ClaimPairModel> choice = new Folds.Choice<>(m, maxMixed);
        for (double merge : MERGE) {
            for (double apart : APART) {
                if (apart <= merge) {
                    ClaimPairModel c = m.withThresholds(merge, apart);
                    choice.offer(c, score(c, stories, chains));
                }
            }
        }
        return choice.best();
    }

    /** Groups each story's units with {@code m} and scores the claims against {@code chains}. */
    private static ClaimAgreement.Scores score(
            ClaimPairModel m, List<Story> stories, List<ClaimAgreement.GoldClaim> chains) {
        ClaimClusterer clusterer = new ClaimClusterer(ClaimClusterer.Options.of(m));
        OriginEvidence none = new OriginEvidence(Map.of(), Map.of(), Map.of());
        List<List<ClaimAgreement.Statement>> groups = new ArrayList<>();
        Set<String> articles = new HashSet<>();
        for (Story s : stories) {
            s.order().forEach(articles::add);
            List<UnitLink> links = new ArrayList<>();
            for (Example e : s.pairs()) {
                double p = m.probability(e.x());
                if (p >= 0.05) {
                    links.add(new UnitLink(e.a(), e.b(), p, e.contradiction()));
                }
            }
            StoryAlignment alignment = new StoryAlignment(s.units(), List.of(), List.of(), links, 0, 0);
            for (Claim c : clusterer.cluster(alignment, none, s.order())) {
                groups.add(c.support().stream()
                        .map(x -> new ClaimAgreement.Statement(x.article(), x.span()))
                        .toList());
            }
        }
        List<ClaimAgreement.GoldClaim> within = ClaimAgreement.within(chains, articles);
        return ClaimAgreement.score(within, groups);
    }
}

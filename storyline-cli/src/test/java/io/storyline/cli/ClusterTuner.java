package io.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.analysis.AnalyzedArticle;
import io.storyline.analysis.Pipeline;
import io.storyline.analysis.StandardPipeline;
import io.storyline.analysis.TermStage;
import io.storyline.cluster.ArticleFeatures;
import io.storyline.cluster.AssemblyOptions;
import io.storyline.cluster.StoryAssembler;
import io.storyline.core.Article;
import io.storyline.dedup.Fingerprint;
import io.storyline.embed.Embedding;
import io.storyline.eval.Clustering;
import io.storyline.names.NameType;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Development harness (test scope, not a test): analyses the three clustering sets once, caches
 * their {@link ArticleFeatures} in a file, then re-runs only story assembly with options given as
 * {@code name=value} arguments (any component of {@link AssemblyOptions}) and prints B-cubed per
 * set, per set alone and for the union of the three in one assembler.
 *
 * <p>Run: {@code java -cp ... io.storyline.cli.ClusterTuner [--cache FILE] [--no-embeddings]
 * [name=value ...]}; delete the cache file after changing the analysis stages.
 */
final class ClusterTuner {

    static final List<String> SETS = List.of("ceasefire-2025", "basil-dev", "ecbplus-dev");

    /** One article's cached features and which set it belongs to. */
    record Cached(String set, Article article, ArticleFeatures features, List<List<String>> sentences) {}

    private ClusterTuner() {}

    public static void main(String[] args) throws Exception {
        Path cache = Path.of("/tmp/storyline-features.json");
        boolean embeddings = true;
        Map<String, String> overrides = new LinkedHashMap<>();
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--cache")) {
                cache = Path.of(args[++i]);
            } else if (args[i].equals("--no-embeddings")) {
                embeddings = false;
            } else if (args[i].equals("--run")) {
                runs.add(args[++i]);
            } else {
                String[] kv = args[i].split("=", 2);
                overrides.put(kv[0], kv[1]);
            }
        }
        Path shared = EvalSets.sharedEval(Path.of(System.getProperty("storyline.sharedEval", "")));
        Map<String, Map<String, String>> gold = new LinkedHashMap<>();
        for (String s : SETS) {
            gold.put(s, EvalSets.goldStories(shared.resolve(s)));
        }
        List<Cached> all = load(cache, shared);
        if (runs.isEmpty()) {
            runs.add("");
        }
        for (String run : runs) {
            Map<String, String> o = new LinkedHashMap<>(overrides);
            for (String kv : run.split(" ")) {
                if (!kv.isBlank()) {
                    String[] p = kv.split("=", 2);
                    o.put(p[0], p[1]);
                }
            }
            AssemblyOptions options = options(o);
            if (Boolean.getBoolean("tuner.brief")) {
                brief(all, gold, options, embeddings, run);
                continue;
            }
            System.out.println("## " + (embeddings ? "" : "[no-emb] ") + o);
            evaluate(all, gold, options, embeddings);
        }
    }

    static void brief(
            List<Cached> all,
            Map<String, Map<String, String>> gold,
            AssemblyOptions options,
            boolean embeddings,
            String label) {
        StringBuilder sb = new StringBuilder();
        for (String s : SETS) {
            List<Cached> part = all.stream().filter(c -> c.set().equals(s)).toList();
            Clustering.Scores sc = Clustering.score(assemble(part, options, embeddings), req(gold.get(s)));
            sb.append(String.format(
                    " %s %.4f/%.4f/%.4f", s.substring(0, 3), sc.bcubedPrecision(), sc.bcubedRecall(), sc.bcubedF1()));
        }
        Map<String, String> predicted = assemble(all, options, embeddings);
        String seedStory = null;
        boolean one = true;
        for (String id : req(gold.get("ceasefire-2025")).keySet()) {
            String st = req(predicted.get(id));
            one &= seedStory == null || seedStory.equals(st);
            seedStory = st;
        }
        String ss = seedStory;
        long members = predicted.values().stream().filter(v -> v.equals(ss)).count();
        Map<String, String> p = new HashMap<>();
        Map<String, String> g = req(gold.get("ecbplus-dev"));
        g.keySet().forEach(id -> p.put(id, req(predicted.get(id))));
        sb.append(String.format(
                " | union seed %s ecb %.4f",
                one && members == 5 ? "ok" : "BAD" + members,
                Clustering.score(p, g).bcubedF1()));
        System.out.println(String.format("%-60s", label) + sb);
    }

    static void evaluate(
            List<Cached> all, Map<String, Map<String, String>> gold, AssemblyOptions options, boolean embeddings) {
        for (String s : SETS) {
            List<Cached> part = all.stream().filter(c -> c.set().equals(s)).toList();
            Map<String, String> pred = assemble(part, options, embeddings);
            report(s, pred, req(gold.get(s)));
            if (Boolean.getBoolean("tuner.errors")) {
                errors(pred, req(gold.get(s)));
            }
        }
        List<Cached> union = new ArrayList<>(all);
        Map<String, String> predicted = assemble(union, options, embeddings);
        for (String s : SETS) {
            Map<String, String> p = new HashMap<>();
            Map<String, String> g = req(gold.get(s));
            g.keySet().forEach(id -> p.put(id, req(predicted.get(id))));
            report("union:" + s, p, g);
        }
        // the seed story alone?
        String seedStory = null;
        boolean one = true;
        for (String id : req(gold.get("ceasefire-2025")).keySet()) {
            String st = predicted.get(id);
            one &= seedStory == null || seedStory.equals(st);
            seedStory = st;
        }
        String ss = seedStory;
        long members = predicted.values().stream().filter(v -> v.equals(ss)).count();
        System.out.printf("union seed: one story=%s, story size=%d%n", one, members);
    }

    static Map<String, String> assemble(List<Cached> items, AssemblyOptions options, boolean embeddings) {
        List<Cached> ordered = new ArrayList<>(items);
        List<Article> arts = ordered.stream().map(Cached::article).toList();
        List<Article> sorted = EvalSets.sort(arts);
        Map<String, Cached> byId = new HashMap<>();
        ordered.forEach(c -> byId.put(c.article().id(), c));
        StoryAssembler a = new StoryAssembler(options);
        Map<String, String> out = new HashMap<>();
        for (Article art : sorted) {
            ArticleFeatures f = req(byId.get(art.id())).features();
            int lead = Integer.getInteger("tuner.lead", 0);
            int leadBoost = Integer.getInteger("tuner.leadBoost", 1);
            if (lead > 0) {
                Map<String, Integer> t = new HashMap<>(f.terms());
                List<List<String>> sents = req(byId.get(art.id())).sentences();
                for (int i = 0; i < Math.min(lead, sents.size()); i++) {
                    for (String k : sents.get(i)) {
                        t.merge(k, leadBoost, Integer::sum);
                    }
                }
                f = new ArticleFeatures(
                        f.id(), f.published(), t, f.names(), f.nameTypes(), f.fingerprint(), f.embedding());
            }
            if (!embeddings) {
                f = new ArticleFeatures(
                        f.id(), f.published(), f.terms(), f.names(), f.nameTypes(), f.fingerprint(), null);
            }
            out.put(art.id(), a.add(f).story());
        }
        return out;
    }

    static void errors(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Map<String, Integer>> mix = new java.util.TreeMap<>();
        predicted.forEach((id, st) ->
                mix.computeIfAbsent(st, k -> new java.util.TreeMap<>()).merge(req(gold.get(id)), 1, Integer::sum));
        mix.forEach((st, m) -> {
            if (m.size() > 1) {
                System.out.println("  impure " + st + " " + m);
            }
        });
        Map<String, Map<String, Integer>> split = new java.util.TreeMap<>();
        predicted.forEach((id, st) -> split.computeIfAbsent(req(gold.get(id)), k -> new java.util.TreeMap<>())
                .merge(st, 1, Integer::sum));
        split.forEach((g, m) -> {
            if (m.size() > 1) {
                System.out.println("  split " + g + " " + m);
            }
        });
    }

    static <T> T req(@Nullable T t) {
        return Objects.requireNonNull(t);
    }

    static void report(String name, Map<String, String> predicted, Map<String, String> gold) {
        Clustering.Scores s = Clustering.score(predicted, gold);
        System.out.printf(
                "%-22s pred=%3d gold=%3d  B3 P=%.4f R=%.4f F1=%.4f  pair P=%.4f R=%.4f F1=%.4f%n",
                name,
                s.predictedClusters(),
                s.goldClusters(),
                s.bcubedPrecision(),
                s.bcubedRecall(),
                s.bcubedF1(),
                s.pairPrecision(),
                s.pairRecall(),
                s.pairF1());
    }

    static AssemblyOptions options(Map<String, String> overrides) throws ReflectiveOperationException {
        AssemblyOptions d = AssemblyOptions.defaults();
        RecordComponent[] rc = AssemblyOptions.class.getRecordComponents();
        Object[] values = new Object[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        Map<String, String> left = new HashMap<>(overrides);
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
            String v = left.remove(rc[i].getName());
            if (v == null) {
                values[i] = rc[i].getAccessor().invoke(d);
            } else if (types[i] == int.class) {
                values[i] = Integer.parseInt(v);
            } else if (types[i] == double.class) {
                values[i] = Double.parseDouble(v);
            } else if (types[i] == boolean.class) {
                values[i] = Boolean.parseBoolean(v);
            } else {
                throw new IllegalArgumentException("cannot set " + rc[i].getName());
            }
        }
        if (!left.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + left.keySet());
        }
        return AssemblyOptions.class.getDeclaredConstructor(types).newInstance(values);
    }

    static List<Cached> load(Path cache, Path shared) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Article> articles = new HashMap<>();
        for (String s : SETS) {
            EvalSets.articles(shared.resolve(s)).forEach(a -> articles.put(a.id(), a));
        }
        if (Files.isRegularFile(cache)) {
            List<Cached> out = new ArrayList<>();
            for (JsonNode o : json.readTree(cache.toFile())) {
                Article a = req(articles.get(o.get("id").asText()));
                Map<String, Integer> terms = new HashMap<>();
                o.get("terms")
                        .properties()
                        .forEach(e -> terms.put(e.getKey(), e.getValue().asInt()));
                Map<String, Integer> names = new HashMap<>();
                o.get("names")
                        .properties()
                        .forEach(e -> names.put(e.getKey(), e.getValue().asInt()));
                Map<String, NameType> types = new HashMap<>();
                o.get("types")
                        .properties()
                        .forEach(e -> types.put(
                                e.getKey(), NameType.valueOf(e.getValue().asText())));
                Fingerprint fp = null;
                if (o.hasNonNull("fp")) {
                    List<Integer> slots = new ArrayList<>();
                    o.get("fp").forEach(x -> slots.add(x.asInt()));
                    fp = Fingerprint.of(slots);
                }
                Embedding emb = null;
                if (o.hasNonNull("emb")) {
                    List<Float> v = new ArrayList<>();
                    o.get("emb").forEach(x -> v.add((float) x.asDouble()));
                    emb = Embedding.fromList(v);
                }
                List<List<String>> sents = new ArrayList<>();
                for (JsonNode st : o.get("sents")) {
                    List<String> keys = new ArrayList<>();
                    st.forEach(x -> keys.add(x.asText()));
                    sents.add(keys);
                }
                out.add(new Cached(
                        o.get("set").asText(),
                        a,
                        new ArticleFeatures(a.id(), a.published(), terms, names, types, fp, emb),
                        sents));
            }
            return out;
        }
        Pipeline pipeline = StandardPipeline.create(StandardPipeline.Options.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Cached>> futures = new ArrayList<>();
        for (String s : SETS) {
            for (Article a : EvalSets.articles(shared.resolve(s))) {
                futures.add(pool.submit(() -> {
                    AnalyzedArticle an = pipeline.analyze(a);
                    List<List<String>> sents = new ArrayList<>();
                    for (Sentence st : an.sentences()) {
                        List<String> keys = new ArrayList<>();
                        for (Token t : st.tokens()) {
                            String k = TermStage.key(t);
                            if (k != null) {
                                keys.add(k);
                            }
                        }
                        sents.add(keys);
                    }
                    return new Cached(s, a, ArticleFeatures.of(an), sents);
                }));
            }
        }
        List<Cached> out = new ArrayList<>();
        for (Future<Cached> f : futures) {
            out.add(f.get());
        }
        pool.shutdown();
        ArrayNode arr = json.createArrayNode();
        for (Cached c : out) {
            ObjectNode o = arr.addObject();
            ArticleFeatures f = c.features();
            o.put("set", c.set());
            o.put("id", f.id());
            o.set("sents", json.valueToTree(c.sentences()));
            o.set("terms", json.valueToTree(f.terms()));
            o.set("names", json.valueToTree(f.names()));
            o.set("types", json.valueToTree(f.nameTypes()));
            if (f.fingerprint() != null) {
                o.set("fp", json.valueToTree(f.fingerprint().slots()));
            }
            if (f.embedding() != null) {
                o.set("emb", json.valueToTree(f.embedding().toList()));
            }
        }
        json.writeValue(cache.toFile(), arr);
        return out;
    }
}

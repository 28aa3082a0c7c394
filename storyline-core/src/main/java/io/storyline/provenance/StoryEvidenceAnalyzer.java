package io.storyline.provenance;

import io.storyline.claims.AlignedPair;
import io.storyline.claims.Claim;
import io.storyline.claims.ClaimClusterer;
import io.storyline.claims.ClaimInput;
import io.storyline.claims.ClaimLinker;
import io.storyline.claims.ClaimPairModel;
import io.storyline.claims.ClaimUnit;
import io.storyline.claims.OriginEvidence;
import io.storyline.claims.PairEvidence;
import io.storyline.claims.StatementAligner;
import io.storyline.claims.StoryAlignment;
import io.storyline.claims.Support;
import io.storyline.claims.UnitExtractor;
import io.storyline.core.SourceRef;
import io.storyline.embed.TextEmbedder;
import io.storyline.nlp.Sentence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The story-level claim and provenance stage: from a story's analysed articles to its claims (with
 * independent origins and status), provenance edges and article flags.
 *
 * <p>Steps: claim units and their alignment ({@link StoryAlignment}), garble scores, credited
 * upstream sources ({@link CreditFinder}), article-to-article derivations ({@link DerivationFinder}) and
 * translations ({@link TranslationFinder}),
 * uncredited upstream derivations (an article whose passages match passages that other articles
 * credit to a source it never credits, with at least four such passages, or one and a bare mention
 * of the source's name, as in "asked about the Reuters report"), then claims grouped into independent origins ({@link ClaimClusterer}).
 *
 * <p>Thread-safe when the embedder is; each call is independent. Cost: see {@link StoryAlignment}.
 */
public final class StoryEvidenceAnalyzer {

    private final UnitExtractor extractor;
    private final StatementAligner aligner;
    private final CreditFinder creditFinder;
    private final GarbleDetector garbleDetector;
    private final DerivationFinder derivationFinder;
    private final TranslationFinder translationFinder;
    private final ClaimClusterer clusterer;
    private final @Nullable ClaimLinker linker;

    /**
     * A stage from its parts; {@code linker} (may be null: claims from the aligner's pairs only) scores
     * unit pairs for claim grouping.
     */
    public StoryEvidenceAnalyzer(
            UnitExtractor extractor,
            StatementAligner aligner,
            @Nullable ClaimLinker linker,
            CreditFinder creditFinder,
            GarbleDetector garbleDetector,
            DerivationFinder derivationFinder,
            TranslationFinder translationFinder,
            ClaimClusterer clusterer) {
        this.extractor = extractor;
        this.aligner = aligner;
        this.linker = linker;
        this.creditFinder = creditFinder;
        this.garbleDetector = garbleDetector;
        this.derivationFinder = derivationFinder;
        this.translationFinder = translationFinder;
        this.clusterer = clusterer;
    }

    /** Default components; {@code embedder} (may be null: lexical decisions only) settles undecided pairs. */
    public StoryEvidenceAnalyzer(@Nullable TextEmbedder embedder) {
        this(embedder, ClaimClusterer.Options.defaults());
    }

    /** Default components, claims grouped with {@code claims} (the defaults' thresholds, or others). */
    public StoryEvidenceAnalyzer(@Nullable TextEmbedder embedder, ClaimClusterer.Options claims) {
        this(embedder, new StatementAligner(embedder, StatementAligner.Options.claims()), claims);
    }

    private StoryEvidenceAnalyzer(
            @Nullable TextEmbedder embedder, StatementAligner aligner, ClaimClusterer.Options claims) {
        this(
                new UnitExtractor(),
                aligner,
                new ClaimLinker(embedder, aligner, ClaimLinker.Options.defaults()),
                new CreditFinder(),
                new GarbleDetector(),
                new DerivationFinder(),
                new TranslationFinder(),
                new ClaimClusterer(claims));
    }

    /** Default components with {@code model} deciding which statements make one claim. */
    public StoryEvidenceAnalyzer(@Nullable TextEmbedder embedder, ClaimPairModel model) {
        this(embedder, new StatementAligner(embedder, StatementAligner.Options.claims()), model);
    }

    private StoryEvidenceAnalyzer(@Nullable TextEmbedder embedder, StatementAligner aligner, ClaimPairModel model) {
        this(
                new UnitExtractor(),
                aligner,
                new ClaimLinker(embedder, aligner, ClaimLinker.Options.defaults(), model),
                new CreditFinder(),
                new GarbleDetector(),
                new DerivationFinder(),
                new TranslationFinder(),
                new ClaimClusterer(ClaimClusterer.Options.of(model)));
    }

    /** The claims, provenance and flags of the story made of {@code story}'s articles. */
    public StoryEvidence analyze(List<ClaimInput> story) {
        StoryAlignment alignment = StoryAlignment.of(story, extractor, aligner, linker);
        Map<String, Integer> garble = garbleDetector.scores(story);
        List<UpstreamCredit> credits = new ArrayList<>();
        Map<String, Map<Integer, String>> creditedUnits = new HashMap<>();
        Map<String, Map<String, String>> creditedNames = new HashMap<>();
        for (int i = 0; i < story.size(); i++) {
            ClaimInput in = story.get(i);
            List<UpstreamCredit> found = creditFinder.find(in);
            credits.addAll(found);
            Map<String, String> names = new LinkedHashMap<>();
            found.forEach(c -> names.putIfAbsent(key(c.name()), c.name()));
            creditedNames.put(in.id(), names);
            creditedUnits.put(in.id(), unitCredits(in, alignment.units().get(i), found));
        }
        List<ProvenanceEdge> edges = new ArrayList<>(derivationFinder.find(story, alignment, garble, garbleDetector));
        edges.addAll(translationFinder.find(story));
        Map<SourceRef, @Nullable String> outlets = new HashMap<>();
        story.forEach(in -> outlets.put(SourceRef.article(in.id()), in.outlet()));
        edges.replaceAll(e -> withCredit(e, outlets, creditedNames));
        Map<String, Set<String>> uncredited = new HashMap<>();
        Map<String, List<AlignedPair>> sameByArticle = new HashMap<>();
        for (AlignedPair p : alignment.same()) {
            sameByArticle
                    .computeIfAbsent(p.a().article(), k -> new ArrayList<>())
                    .add(p);
            if (!p.b().article().equals(p.a().article())) {
                sameByArticle
                        .computeIfAbsent(p.b().article(), k -> new ArrayList<>())
                        .add(p);
            }
        }
        for (ClaimInput in : story) {
            edges.addAll(upstreamEdges(
                    in, sameByArticle.getOrDefault(in.id(), List.of()), creditedUnits, creditedNames, uncredited));
        }
        OriginEvidence origins = new OriginEvidence(roots(edges), creditedUnits, uncredited);
        List<Claim> claims = clusterer.cluster(
                alignment, origins, story.stream().map(ClaimInput::id).toList());
        Map<String, Set<ArticleFlag>> flags = flags(story, edges, garble);
        Map<String, Integer> stats = Map.of(
                "units", alignment.units().stream().mapToInt(List::size).sum(),
                "compared", alignment.compared(),
                "embedded", alignment.embedded());
        return new StoryEvidence(claims, edges, flags, credits, stats);
    }

    /**
     * Why the statements of {@code claim} (a claim of {@code story}) were joined: the pair model's
     * evidence for each pair of them; empty without a pair model.
     */
    public List<PairEvidence> why(List<ClaimInput> story, Claim claim) {
        ClaimLinker l = linker;
        if (l == null) {
            return List.of();
        }
        List<List<ClaimUnit>> units = new ArrayList<>();
        story.forEach(in -> units.add(extractor.extract(in)));
        Set<ClaimUnit> members = new HashSet<>();
        for (List<ClaimUnit> article : units) {
            for (ClaimUnit u : article) {
                for (Support s : claim.support()) {
                    if (s.article().equals(u.article()) && s.span().equals(u.span())) {
                        members.add(u);
                    }
                }
            }
        }
        return l.evidence(units, members);
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Unit index → the upstream credited in the unit's sentence. */
    private static Map<Integer, String> unitCredits(ClaimInput in, List<ClaimUnit> units, List<UpstreamCredit> found) {
        Map<Integer, String> out = new HashMap<>();
        for (ClaimUnit u : units) {
            for (Sentence s : in.sentences()) {
                if (!s.span().contains(u.span().start())) {
                    continue;
                }
                for (UpstreamCredit c : found) {
                    if (s.span().overlaps(c.span()) && c.media()) {
                        out.putIfAbsent(u.index(), key(c.name()));
                    }
                }
            }
        }
        return out;
    }

    /** {@code outlets}: each article's outlet (may be null), by the article as a source. */
    private static ProvenanceEdge withCredit(
            ProvenanceEdge e,
            Map<SourceRef, @Nullable String> outlets,
            Map<String, Map<String, String>> creditedNames) {
        String outlet = outlets.get(e.source());
        boolean credited = outlet != null
                && creditedNames.getOrDefault(e.article(), Map.of()).containsKey(key(outlet));
        return credited
                ? new ProvenanceEdge(e.article(), e.source(), e.relation(), true, e.direction(), e.evidence())
                : e;
    }

    /** {@code same}: the aligned pairs of {@code in}'s units, in the alignment's order. */
    private List<ProvenanceEdge> upstreamEdges(
            ClaimInput in,
            List<AlignedPair> same,
            Map<String, Map<Integer, String>> creditedUnits,
            Map<String, Map<String, String>> creditedNames,
            Map<String, Set<String>> uncredited) {
        List<ProvenanceEdge> out = new ArrayList<>();
        Map<String, String> mine = creditedNames.getOrDefault(in.id(), Map.of());
        for (Map.Entry<String, String> c : mine.entrySet()) {
            out.add(new ProvenanceEdge(
                    in.id(),
                    SourceRef.upstream(c.getValue()),
                    Relation.CREDITS,
                    true,
                    DirectionBasis.CONTENT,
                    List.of()));
        }
        Map<String, List<AlignedPair>> matched = new LinkedHashMap<>();
        Map<String, String> display = new HashMap<>();
        for (AlignedPair p : same) {
            boolean aMine = p.a().article().equals(in.id());
            if (!aMine && !p.b().article().equals(in.id())) {
                continue;
            }
            ClaimUnit own = aMine ? p.a() : p.b();
            ClaimUnit other = aMine ? p.b() : p.a();
            String up = creditedUnits.getOrDefault(other.article(), Map.of()).get(other.index());
            if (up != null
                    && !mine.containsKey(up)
                    && !creditedUnits.getOrDefault(in.id(), Map.of()).containsKey(own.index())) {
                matched.computeIfAbsent(up, k -> new ArrayList<>()).add(p);
                display.putIfAbsent(
                        up,
                        creditedNames.getOrDefault(other.article(), Map.of()).getOrDefault(up, up));
            }
        }
        for (Map.Entry<String, List<AlignedPair>> e : matched.entrySet()) {
            String name = display.getOrDefault(e.getKey(), e.getKey());
            Set<Integer> passages = new HashSet<>();
            List<Evidence> evidence = new ArrayList<>();
            for (AlignedPair p : e.getValue()) {
                boolean aMine = p.a().article().equals(in.id());
                ClaimUnit own = aMine ? p.a() : p.b();
                ClaimUnit other = aMine ? p.b() : p.a();
                passages.add(own.index());
                evidence.add(new Evidence(own.span(), own.text(), other.article(), other.span()));
            }
            boolean mentioned = mentions(in, name);
            if (passages.size() >= 4 || (passages.size() >= 1 && mentioned)) {
                uncredited.computeIfAbsent(in.id(), k -> new HashSet<>()).add(e.getKey());
                out.add(new ProvenanceEdge(
                        in.id(), SourceRef.upstream(name), Relation.REWRITE, false, DirectionBasis.CONTENT, evidence));
            }
        }
        return out;
    }

    private static boolean mentions(ClaimInput in, String name) {
        Pattern p = Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE);
        for (Sentence s : in.sentences()) {
            if (p.matcher(s.span().of(in.text())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Article → root of its derivation group (following article-to-article edges to the source). */
    private static Map<String, String> roots(List<ProvenanceEdge> edges) {
        Map<String, String> parent = new HashMap<>();
        for (ProvenanceEdge e : edges) {
            if (!e.upstream() && e.relation() != Relation.CREDITS) {
                union(parent, e.article(), e.source().wire());
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String a : parent.keySet()) {
            out.put(a, find(parent, a));
        }
        return out;
    }

    private static String find(Map<String, String> parent, String a) {
        String r = a;
        String next = parent.get(r);
        while (next != null && !next.equals(r)) {
            r = next;
            next = parent.get(r);
        }
        return r;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    private Map<String, Set<ArticleFlag>> flags(
            List<ClaimInput> story, List<ProvenanceEdge> edges, Map<String, Integer> garble) {
        Map<String, Set<ArticleFlag>> flags = new HashMap<>();
        for (ClaimInput in : story) {
            Set<ArticleFlag> f = EnumSet.noneOf(ArticleFlag.class);
            if (garbleDetector.garbled(garble.getOrDefault(in.id(), 0))) {
                f.add(ArticleFlag.MACHINE_GARBLED);
            }
            flags.put(in.id(), f);
        }
        for (ProvenanceEdge e : edges) {
            Set<ArticleFlag> f = flags.computeIfAbsent(e.article(), k -> EnumSet.noneOf(ArticleFlag.class));
            switch (e.relation()) {
                case COPY -> {
                    f.add(ArticleFlag.NEAR_DUPLICATE);
                    Set<ArticleFlag> g = flags.get(e.source().wire());
                    if (g != null) {
                        g.add(ArticleFlag.NEAR_DUPLICATE);
                    }
                }
                case REWRITE, TRANSLATION, GARBLED_COPY -> f.add(ArticleFlag.PARAPHRASED_COPY);
                case CREDITS -> {}
            }
        }
        Map<String, Set<ArticleFlag>> out = new LinkedHashMap<>();
        flags.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return out;
    }
}

package io.storyline.digest;

import io.storyline.analysis.StageTimes;
import io.storyline.claims.ClaimInput;
import io.storyline.embed.CachingEmbedder;
import io.storyline.embed.TextEmbedder;
import io.storyline.provenance.StoryEvidence;
import io.storyline.provenance.StoryEvidenceAnalyzer;
import io.storyline.quotegroups.QuoteGroup;
import io.storyline.quotegroups.QuoteGrouper;
import io.storyline.quotegroups.QuotePair;
import io.storyline.quotegroups.WordDiff;
import io.storyline.quotes.Quote;
import io.storyline.speakers.ArticleQuotes;
import io.storyline.speakers.QuoteRef;
import io.storyline.speakers.SpeakerCanonicalizer;
import io.storyline.speakers.StorySpeakers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Computes a story's {@link StoryDigest} from its articles: canonical speakers across the articles
 * ({@link SpeakerCanonicalizer}), each quote's speaker and side, and quote groups with labelled,
 * diffed pairs ({@link QuoteGrouper}), the timeline ({@link TimelineBuilder}), and claims, provenance and
 * article flags ({@link StoryEvidenceAnalyzer}).
 *
 * <p>Articles are taken in the order given (the caller passes story order: publication date, then
 * id), which fixes the quote ids. Thread-safe when the embedder is. Cost: linear in the quotes and
 * names for speakers; for quote grouping, linear in the words plus the candidate pairs of distinct
 * quote texts ({@link QuoteGrouper}) plus the pairs of copies of one statement, all of which are
 * reported (each pair of texts diffed once); claims and provenance: see {@link StoryEvidenceAnalyzer}
 * (copies of a statement are compared once per pair of distinct statements and grouped into claims as
 * one node, but the unit pairs of copies are still listed one by one, and provenance aligns every pair
 * of articles sharing statements: still quadratic in the copies, and the story's bottleneck).
 */
public final class StoryDigester {

    /** Texts whose embeddings the digester remembers (about 1.6 KB each: some 30 MB in all). */
    static final int EMBEDDING_CACHE = 20_000;

    private final SpeakerCanonicalizer canonicalizer;
    private final QuoteGrouper grouper;
    private final TimelineBuilder timeline = new TimelineBuilder();
    private final StoryEvidenceAnalyzer evidence;
    private final SummaryBuilder summary;
    private final String configuration;

    /**
     * A digester that compares meaning with {@code embedder} (null: words only) and writes summaries of at
     * most {@code summaryLength} sentences.
     */
    public StoryDigester(@Nullable TextEmbedder embedder, int summaryLength) {
        // One cache for both users of the model: quote grouping and claim alignment embed many of the
        // same words, and a story recomputed after an article joins re-embeds nothing it has seen.
        TextEmbedder shared = embedder == null ? null : new CachingEmbedder(embedder, EMBEDDING_CACHE);
        this.canonicalizer = new SpeakerCanonicalizer();
        this.grouper = new QuoteGrouper(shared);
        this.evidence = new StoryEvidenceAnalyzer(shared);
        this.summary = new SummaryBuilder(summaryLength);
        this.configuration = "summary=" + summaryLength + ",embeddings=" + (embedder != null);
    }

    /**
     * What, besides the articles, decides this digester's output ("summary=7,embeddings=true"): a
     * stored digest computed under another configuration is not this digester's digest.
     */
    public String configuration() {
        return configuration;
    }

    /** A digester with summaries of at most 7 sentences. */
    public StoryDigester(@Nullable TextEmbedder embedder) {
        this(embedder, 7);
    }

    /** What the claim and provenance stages take of {@code a} (its quotes that end inside its text). */
    public static ClaimInput claimInput(StoryArticle a) {
        return new ClaimInput(
                a.id(),
                a.article().text(),
                a.article().published(),
                a.article().outlet(),
                a.boilerplate(),
                a.sentences(),
                a.names(),
                usable(a));
    }

    /** Why the statements of {@code claim}, a claim of the story made of {@code articles}, were joined. */
    public List<io.storyline.claims.PairEvidence> why(List<StoryArticle> articles, io.storyline.claims.Claim claim) {
        return evidence.why(articles.stream().map(StoryDigester::claimInput).toList(), claim);
    }

    /** The digest of the story made of {@code articles}. */
    public StoryDigest digest(List<StoryArticle> articles) {
        return digest(articles, new StageTimes());
    }

    /**
     * The digest of the story made of {@code articles}, adding the time of each part ({@code speakers},
     * {@code quote-groups}, {@code timeline}, {@code claims+provenance}, {@code summary}) to {@code times}.
     */
    public StoryDigest digest(List<StoryArticle> articles, StageTimes times) {
        long t0 = System.nanoTime();
        List<ArticleQuotes> input = new ArrayList<>();
        for (StoryArticle a : articles) {
            input.add(new ArticleQuotes(a.id(), a.article().text(), usable(a), a.names()));
        }
        StorySpeakers speakers = canonicalizer.canonicalize(input);
        List<StoryQuote> quotes = new ArrayList<>();
        Map<QuoteRef, StoryQuote> byRef = new HashMap<>();
        for (ArticleQuotes a : input) {
            for (int i = 0; i < a.quotes().size(); i++) {
                Quote q = a.quotes().get(i);
                QuoteRef ref = a.ref(i);
                StoryQuote sq = new StoryQuote(
                        "q" + (quotes.size() + 1),
                        ref,
                        q,
                        q.text(a.text()),
                        speakers.speakerId(ref),
                        speakers.sideOf(ref).orElse(null),
                        speakers.isAnonymous(ref));
                quotes.add(sq);
                byRef.put(ref, sq);
            }
        }
        long t1 = System.nanoTime();
        times.add("speakers", t1 - t0);
        List<StoryQuoteGroup> groups = new ArrayList<>();
        // copies make many pairs of the same two texts: diff each pair of texts once
        Map<List<String>, WordDiff> diffs = new HashMap<>();
        for (QuoteGroup g : grouper.group(input, speakers)) {
            List<String> ids = g.quotes().stream().map(r -> at(byRef, r).id()).toList();
            List<StoryQuoteGroup.Relation> relations = new ArrayList<>();
            for (QuotePair p : g.relations()) {
                StoryQuote a = at(byRef, p.a());
                StoryQuote b = at(byRef, p.b());
                WordDiff diff =
                        diffs.computeIfAbsent(List.of(a.text(), b.text()), k -> WordDiff.of(k.get(0), k.get(1)));
                relations.add(new StoryQuoteGroup.Relation(a.id(), b.id(), p.relation(), diff));
            }
            groups.add(new StoryQuoteGroup(ids, relations));
        }
        long t2 = System.nanoTime();
        times.add("quote-groups", t2 - t1);
        List<TimelineEntry> dated = timeline.build(articles);
        long t3 = System.nanoTime();
        times.add("timeline", t3 - t2);
        List<ClaimInput> claimInput =
                articles.stream().map(StoryDigester::claimInput).toList();
        StoryEvidence found = evidence.analyze(claimInput);
        long t4 = System.nanoTime();
        times.add("claims+provenance", t4 - t3);
        List<SummarySentence> sentences = summary.build(articles, found);
        times.add("summary", System.nanoTime() - t4);
        return new StoryDigest(speakers.speakers(), quotes, groups, dated, found, sentences);
    }

    private static StoryQuote at(Map<QuoteRef, StoryQuote> byRef, QuoteRef ref) {
        StoryQuote q = byRef.get(ref);
        if (q == null) {
            throw new IllegalStateException("quote group names an unknown quote " + ref);
        }
        return q;
    }

    /** The article's quotes whose offsets fit its text (a stored article from an older build may not). */
    private static List<Quote> usable(StoryArticle a) {
        int n = a.article().text().length();
        return a.quotes().stream().filter(q -> q.span().end() <= n).toList();
    }
}

package io.storyline.quotegroups;

import io.storyline.embed.Embedding;
import io.storyline.embed.TextEmbedder;
import io.storyline.quotes.Quote;
import io.storyline.speakers.ArticleQuotes;
import io.storyline.speakers.QuoteRef;
import io.storyline.speakers.Speaker;
import io.storyline.speakers.StorySpeakers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Groups the renderings of one statement across (and within) the articles of a story and labels each
 * pair verbatim, trimmed, paraphrase, altered or misattributed.
 *
 * <p>Two quotes are the same words when one is a contiguous run of the other, or most of the shorter
 * one's words appear in order in the other, or their character trigrams mostly agree (garbled
 * copies); credited to incompatible speakers they are {@code misattributed}. Quotes with different
 * words are compared by meaning (MiniLM cosine, helped by IDF-weighted word overlap) only when their
 * speakers are compatible (the same, a spokesperson and what they speak for, two anonymous sources,
 * or one unknown, with a stricter bar) and both have enough content words; so the same idiom from
 * two different people stays apart. Embeddings are computed lazily, once per quote, only for pairs
 * the words leave undecided. Candidate pairs come from an index ({@link CandidateIndex}: rare shared
 * words, shared content stems, compatible speakers), compared once per pair of distinct texts and
 * speakers, so copies cost a lookup. Thread-safe when the embedder is; cost: linear in the words plus
 * the candidate pairs, and the pairs of copies of one statement (all of which are reported).
 */
public final class QuoteGrouper {

    /**
     * Content stems used by more than this share of a big story's quote texts are not used to find
     * candidate pairs ({@link CandidateIndex}).
     */
    static final double MAX_STEM_SHARE = 0.1;

    private final @Nullable TextEmbedder embedder;
    private final QuoteGrouperOptions options;

    /** A grouper that compares meaning with {@code embedder}; null compares words only. */
    public QuoteGrouper(@Nullable TextEmbedder embedder, QuoteGrouperOptions options) {
        this.embedder = embedder;
        this.options = options;
    }

    public QuoteGrouper(@Nullable TextEmbedder embedder) {
        this(embedder, QuoteGrouperOptions.defaults());
    }

    /** The quotes of {@code articles} with the speakers of {@code speakers}, grouped. */
    public List<QuoteGroup> group(List<ArticleQuotes> articles, StorySpeakers speakers) {
        List<GroupQuote> quotes = new ArrayList<>();
        for (ArticleQuotes a : articles) {
            for (int i = 0; i < a.quotes().size(); i++) {
                Quote q = a.quotes().get(i);
                if (q.span().end() > a.text().length()) {
                    continue;
                }
                QuoteRef ref = a.ref(i);
                quotes.add(new GroupQuote(
                        ref, q.span(), q.text(a.text()), speakers.speakerId(ref), speakers.isAnonymous(ref)));
            }
        }
        return group(quotes, speakers.speakers());
    }

    /** Groups {@code quotes} (in story order); {@code speakers} gives roles and sides for compatibility. */
    public List<QuoteGroup> group(List<GroupQuote> quotes, List<Speaker> speakers) {
        // Quotes with the same text and speaker (copies) compare alike: compare each pair of distinct
        // forms once, and only the pairs the index finds, then apply the result to their members.
        Map<FormKey, Integer> formOf = new HashMap<>();
        List<Features> forms = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            GroupQuote q = quotes.get(i);
            int f = formOf.computeIfAbsent(new FormKey(q.text(), q.speaker(), q.anonymous()), k -> forms.size());
            if (f == forms.size()) {
                forms.add(new Features(q));
                members.add(new ArrayList<>());
            }
            members.get(f).add(i);
        }
        List<Features> features = new ArrayList<>();
        for (int f = 0; f < forms.size(); f++) {
            for (int k = 0; k < members.get(f).size(); k++) {
                features.add(forms.get(f));
            }
        }
        Map<String, Double> idf = Features.idf(features);
        SpeakerCompat compat = new SpeakerCompat(speakers);
        Set<Long> formPairs =
                new CandidateIndex(forms, options.nearLcs(), MAX_STEM_SHARE, options.minContent()).pairs(compat);
        for (int f = 0; f < forms.size(); f++) {
            if (members.get(f).size() > 1) {
                formPairs.add(Components.key(f, f));
            }
        }
        List<Candidate> candidates = candidates(quotes, members, forms, formPairs, idf, compat);
        // Story order of the pairs, then strongest first (a stable sort): same words, then by cosine; a
        // pair that would put two incompatible named speakers in one group by meaning alone is dropped
        // (one statement has one source), and so is one that would join two groups most of whose members
        // are not alike (average linkage).
        candidates.sort(Comparator.comparingInt(Candidate::a).thenComparingInt(Candidate::b));
        candidates.sort(Comparator.comparingDouble(Candidate::strength).reversed());
        Set<Long> links = new HashSet<>();
        candidates.forEach(c -> links.add(Components.key(c.a(), c.b())));
        Components components = new Components(quotes, compat, links);
        List<QuotePair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean sameWords = c.pair().semantic() < 0;
            if (sameWords
                    || (components.compatible(c.a(), c.b())
                            && components.linkedShare(c.a(), c.b()) >= options.linkShare())) {
                components.union(c.a(), c.b());
                pairs.add(c.pair());
            }
        }
        return components.groups(pairs);
    }

    /**
     * The compared pairs of quotes of the form pairs {@code formPairs} (each pair of forms compared once
     * per direction, the result applied to their members), in the order of {@code formPairs}; quotes of one article
     * whose spans overlap are not paired.
     */
    private List<Candidate> candidates(
            List<GroupQuote> quotes,
            List<List<Integer>> members,
            List<Features> forms,
            Set<Long> formPairs,
            Map<String, Double> idf,
            SpeakerCompat compat) {
        Map<Integer, Embedding> embeddings = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (long key : formPairs) {
            int fa = (int) (key >>> 32);
            int fb = (int) key;
            Map<Boolean, Optional<QuotePair>> results = new HashMap<>();
            for (int i : members.get(fa)) {
                for (int j : members.get(fb)) {
                    if (i == j || (fa == fb && i > j)) {
                        continue;
                    }
                    int a = Math.min(i, j);
                    int b = Math.max(i, j);
                    GroupQuote qa = quotes.get(a);
                    GroupQuote qb = quotes.get(b);
                    if (qa.ref().article().equals(qb.ref().article())
                            && qa.span().overlaps(qb.span())) {
                        continue;
                    }
                    // compare() is not quite symmetric (antonyms): keep the story order of the pair
                    boolean forward = a == i;
                    Optional<QuotePair> p = results.computeIfAbsent(
                            forward,
                            k -> forward
                                    ? compare(fa, fb, forms, idf, compat, embeddings)
                                    : compare(fb, fa, forms, idf, compat, embeddings));
                    p.ifPresent(x -> candidates.add(new Candidate(
                            a, b, new QuotePair(qa.ref(), qb.ref(), x.relation(), x.lexical(), x.semantic()))));
                }
            }
        }
        return candidates;
    }

    /** What makes two quotes compare alike: the same text from the same speaker. */
    private record FormKey(String text, @Nullable String speaker, boolean anonymous) {}

    private record Candidate(int a, int b, QuotePair pair) {
        double strength() {
            return pair.semantic() < 0 ? 2 : pair.semantic();
        }
    }

    private Optional<QuotePair> compare(
            int i,
            int j,
            List<Features> fs,
            Map<String, Double> idf,
            SpeakerCompat compat,
            Map<Integer, Embedding> emb) {
        Features a = fs.get(i);
        Features b = fs.get(j);
        GroupQuote qa = a.quote;
        GroupQuote qb = b.quote;
        if (a.tokens.size() < 2 || b.tokens.size() < 2) {
            return Optional.empty();
        }
        SpeakerCompat.Level level = compat.of(qa, qb);
        double lexical = Features.weightedShare(a, b, idf);
        QuoteRelation near = sameWords(a, b, level);
        if (near != null) {
            return Optional.of(new QuotePair(qa.ref(), qb.ref(), near, lexical, -1));
        }
        if (level == SpeakerCompat.Level.DIFFERENT
                || Math.min(a.content.size(), b.content.size()) < options.minContent()) {
            return Optional.empty();
        }
        double cosine = -1;
        boolean same;
        if (embedder == null) {
            same = lexical >= options.lexicalOnly() + (level == SpeakerCompat.Level.UNKNOWN ? 0.1 : 0);
        } else {
            cosine = embedding(i, a, emb).cosine(embedding(j, b, emb));
            double bar =
                    level == SpeakerCompat.Level.SAME ? options.sameSpeakerCosine() : options.unknownSpeakerCosine();
            double lowBar = options.overlapCosine() + (level == SpeakerCompat.Level.SAME ? 0 : 0.1);
            double share = options.overlapShare() + (level == SpeakerCompat.Level.SAME ? 0 : 0.1);
            same = cosine >= bar
                    || (cosine >= lowBar && lexical >= share)
                    || (cosine >= options.overlapCosine()
                            && Features.sharedMass(a, b, idf)
                                    >= options.sharedMass() * (level == SpeakerCompat.Level.SAME ? 1 : 1.5));
        }
        if (!same) {
            return Optional.empty();
        }
        boolean aligned = lexical >= 0.5;
        QuoteRelation relation =
                Lexical.meaningChanged(a.tokens, b.tokens, aligned) ? QuoteRelation.ALTERED : QuoteRelation.PARAPHRASE;
        return Optional.of(new QuotePair(qa.ref(), qb.ref(), relation, lexical, cosine));
    }

    /** The relation when the two quotes have (nearly) the same words, else null. */
    private @Nullable QuoteRelation sameWords(Features a, Features b, SpeakerCompat.Level level) {
        boolean verbatim = a.tokens.equals(b.tokens);
        Features shorter = a.tokens.size() <= b.tokens.size() ? a : b;
        Features longer = shorter == a ? b : a;
        int n = shorter.tokens.size();
        boolean contained = n >= 3 && Lexical.contiguous(shorter.tokens, longer.tokens);
        int lcs = verbatim || contained ? n : Lexical.lcs(shorter.tokens, longer.tokens);
        boolean ordered = n >= 4 && lcs >= options.nearLcs() * n;
        // the trigram test decides only when the word tests did not
        boolean garbled = !verbatim
                && !contained
                && !ordered
                && n >= 2
                && Lexical.trigramDice(a.trigrams, b.trigrams) >= options.nearTrigram();
        if (!verbatim && !contained && !ordered && !garbled) {
            return null;
        }
        if (level == SpeakerCompat.Level.DIFFERENT) {
            return QuoteRelation.MISATTRIBUTED;
        }
        if (Lexical.meaningChanged(a.tokens, b.tokens, true)) {
            return QuoteRelation.ALTERED;
        }
        if (verbatim) {
            return QuoteRelation.VERBATIM;
        }
        return contained || lcs == n ? QuoteRelation.TRIMMED : QuoteRelation.PARAPHRASE;
    }

    private Embedding embedding(int index, Features f, Map<Integer, Embedding> cache) {
        TextEmbedder e = embedder;
        if (e == null) {
            throw new IllegalStateException("no embedder");
        }
        return cache.computeIfAbsent(index, k -> e.embed(f.quote.text()));
    }
}

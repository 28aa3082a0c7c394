package io.storyline.digest;

import io.storyline.claims.Claim;
import io.storyline.claims.ClaimStatus;
import io.storyline.claims.Support;
import io.storyline.core.Span;
import io.storyline.nlp.Sentence;
import io.storyline.provenance.ArticleFlag;
import io.storyline.provenance.StoryEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An extractive summary of a story: the best-supported claims, each shown as one verbatim sentence
 * that states it, taken from the cleanest article that does (never a machine-garbled or paraphrased
 * copy when a clean article states the same thing; else the earliest), citing every article that
 * supports the sentence's claims and how many independent origins back it.
 *
 * <p>Claims are ranked by independent origins, then supporting articles, then how early they are told;
 * a claim whose sentence repeats one already chosen (same sentence, or most of its content words) is
 * skipped, so no two sentences state the same claim. Quotes count as claims by their speaker: a
 * sentence that only carries a quote is chosen when it is among the best-supported claims. Sentences
 * are shown in the order their claims are first told. Stateless and thread-safe.
 */
public final class SummaryBuilder {

    /** Content-word overlap (Dice) above which two sentences say the same thing. */
    static final double REPEAT = 0.5;

    private final int length;

    /** A builder of summaries of at most {@code length} sentences (1 to 30). */
    public SummaryBuilder(int length) {
        if (length < 1 || length > 30) {
            throw new IllegalArgumentException("summary length must be 1..30 sentences, got " + length);
        }
        this.length = length;
    }

    public SummaryBuilder() {
        this(7);
    }

    private record Choice(Claim claim, StoryArticle article, Span sentence, int rank) {}

    /** The summary of the story made of {@code articles} (story order) with its {@code evidence}. */
    public List<SummarySentence> build(List<StoryArticle> articles, StoryEvidence evidence) {
        Map<String, StoryArticle> byId = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            byId.put(articles.get(i).id(), articles.get(i));
            order.put(articles.get(i).id(), i);
        }
        Map<String, Integer> firstTold = firstTold(evidence.claims(), order);
        List<Claim> ranked = new ArrayList<>(evidence.claims());
        ranked.sort(Comparator.comparingInt(Claim::independentOrigins)
                .reversed()
                .thenComparing(Comparator.comparingInt((Claim c) -> c.articles().size())
                        .reversed())
                .thenComparingInt(c -> firstTold.getOrDefault(c.id(), Integer.MAX_VALUE)));
        List<Choice> chosen = new ArrayList<>();
        Set<String> usedSentences = new HashSet<>();
        Set<String> statedClaims = new HashSet<>();
        for (Claim c : ranked) {
            if (chosen.size() >= length) {
                break;
            }
            Optional<Choice> pick = pick(c, byId, evidence, order);
            if (pick.isEmpty()) {
                continue;
            }
            Choice p = pick.get();
            String text = p.sentence().of(p.article().article().text());
            Set<String> states = new HashSet<>();
            stated(evidence, p.article().id(), p.sentence()).forEach(x -> states.add(x.id()));
            states.add(c.id());
            if (!usedSentences.add(p.article().id() + "@" + p.sentence().start())
                    || states.stream().anyMatch(statedClaims::contains)
                    || chosen.stream().anyMatch(x -> repeats(x, text))) {
                continue;
            }
            statedClaims.addAll(states);
            chosen.add(new Choice(c, p.article(), p.sentence(), firstTold.getOrDefault(c.id(), 0)));
        }
        chosen.sort(Comparator.comparingInt(Choice::rank));
        List<SummarySentence> out = new ArrayList<>();
        for (Choice x : chosen) {
            out.add(sentence(x, evidence));
        }
        return List.copyOf(out);
    }

    /**
     * Where each claim is first told: its earliest support, by article order, then by position in the
     * article (in steps of 200 characters).
     */
    private static Map<String, Integer> firstTold(List<Claim> claims, Map<String, Integer> order) {
        Map<String, Integer> firstTold = new HashMap<>();
        for (Claim c : claims) {
            firstTold.put(
                    c.id(),
                    c.support().stream()
                            .mapToInt(s -> s.span().start() / 200 + 100 * order.getOrDefault(s.article(), 99))
                            .min()
                            .orElse(Integer.MAX_VALUE));
        }
        return firstTold;
    }

    /**
     * The summary sentence of a choice: the sentence as the article words it, citing the articles of
     * every claim it states, with the most independent origins among them.
     */
    private static SummarySentence sentence(Choice x, StoryEvidence evidence) {
        List<Claim> stated = stated(evidence, x.article().id(), x.sentence());
        Set<String> citations = new LinkedHashSet<>();
        citations.add(x.article().id());
        int origins = x.claim().independentOrigins();
        List<String> ids = new ArrayList<>();
        for (Claim c : stated) {
            ids.add(c.id());
            citations.addAll(c.articles());
            origins = Math.max(origins, c.independentOrigins());
        }
        if (!ids.contains(x.claim().id())) {
            ids.add(0, x.claim().id());
            citations.addAll(x.claim().articles());
        }
        Span span = strip(x.sentence(), x.article().article().text());
        return new SummarySentence(
                span.of(x.article().article().text()),
                x.article().id(),
                span,
                ids,
                List.copyOf(citations),
                origins,
                x.claim().status());
    }

    /** The sentence to show for {@code c}: from a clean article when one supports it, else the earliest. */
    private static Optional<Choice> pick(
            Claim c, Map<String, StoryArticle> byId, StoryEvidence evidence, Map<String, Integer> order) {
        Choice best = null;
        int bestKey = Integer.MAX_VALUE;
        for (Support s : c.support()) {
            StoryArticle a = byId.get(s.article());
            if (a == null) {
                continue;
            }
            Set<ArticleFlag> flags = evidence.flags().getOrDefault(a.id(), Set.of());
            int penalty = flags.contains(ArticleFlag.MACHINE_GARBLED)
                    ? 2
                    : (flags.contains(ArticleFlag.PARAPHRASED_COPY) || flags.contains(ArticleFlag.NEAR_DUPLICATE)
                            ? 1
                            : 0);
            int key = penalty * 1000 + order.getOrDefault(a.id(), 999);
            Span sentence = sentenceOf(a, s.span());
            if (key < bestKey) {
                bestKey = key;
                best = new Choice(c, a, sentence, 0);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The claims with a support inside {@code sentence} of {@code article}. */
    private static List<Claim> stated(StoryEvidence evidence, String article, Span sentence) {
        return evidence.claims().stream()
                .filter(c ->
                        c.support().stream().anyMatch(s -> s.article().equals(article) && inside(s.span(), sentence)))
                .toList();
    }

    private static boolean repeats(Choice chosen, String text) {
        String other = chosen.sentence().of(chosen.article().article().text());
        return TimelineBuilder.dice(TimelineBuilder.words(other, null), TimelineBuilder.words(text, null)) >= REPEAT;
    }

    private static Span sentenceOf(StoryArticle a, Span span) {
        for (Sentence s : a.sentences()) {
            if (s.span().start() <= span.start() && span.end() <= s.span().end()) {
                return s.span();
            }
        }
        for (Sentence s : a.sentences()) {
            if (s.span().overlaps(span)) {
                return s.span();
            }
        }
        return span;
    }

    private static boolean inside(Span s, Span sentence) {
        return s.start() >= sentence.start() && s.end() <= sentence.end();
    }

    private static Span strip(Span s, String text) {
        int start = s.start();
        int end = s.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    /** Whether {@code status} should be shown as a warning next to a sentence. */
    public static boolean warn(ClaimStatus status) {
        return status != ClaimStatus.CORROBORATED;
    }
}

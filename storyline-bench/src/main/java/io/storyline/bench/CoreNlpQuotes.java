package io.storyline.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.quotes.Quote;
import io.storyline.quotes.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Stanford CoreNLP's QuoteAnnotator with QuoteAttributionAnnotator, converted to Storyline {@link
 * Quote}s so that the same scorers apply. Benchmark-only: CoreNLP is GPL-3 and lives in
 * storyline-bench alone.
 *
 * <p>Pipeline: {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with {@code
 * quote.attributeQuotes=true}; with coref run, the attribution sieves use its chains (CoreNLP's
 * best-attributing setting). Sentences break at blank lines ({@code ssplit.newlineIsSentenceBreak=two})
 * so a headline without a full stop is not glued to the first paragraph. Every other setting is
 * CoreNLP's default.
 *
 * <p>Conversion: each top-level quotation becomes a {@link QuoteKind#DIRECT} quote whose span is the
 * quotation without its marks; {@code speaker} is CoreNLP's {@code SpeakerAnnotation} and {@code
 * speakerSpan}/{@code speakerText} the character extent of its {@code MentionAnnotation} tokens (the
 * mention's token range is inclusive). CoreNLP knows no anonymous sources, so {@code anonymous} is
 * always false. Offsets are half-open UTF-16 indices into the article text.
 *
 * <p>Cost: about two seconds per news article on one core and a 5-7 GB heap for the models.
 * Not thread-safe to share across threads (one pipeline per thread).
 */
public final class CoreNlpQuotes implements QuoteSystem {

    private static final String MARKS = "\"'`“”„‟«»‘’‚‛‹›「」『』";

    private final StanfordCoreNLP pipeline;

    /** Loads the models (tens of seconds). */
    public CoreNlpQuotes() {
        this.pipeline = new StanfordCoreNLP(properties());
    }

    /** The pipeline settings used, for the report. */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("quote.attributeQuotes", "true");
        return p;
    }

    @Override
    public String name() {
        return "CoreNLP 4.5.10 quote+attribution";
    }

    @Override
    public List<Quote> find(Article article) {
        String text = article.text();
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<CoreMap> quotations = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<Quote> out = new ArrayList<>();
        if (quotations == null || tokens == null) {
            return out;
        }
        for (CoreMap q : quotations) {
            Quote quote = convert(text, tokens, q);
            if (quote != null) {
                out.add(quote);
            }
        }
        return out;
    }

    private static @Nullable Quote convert(String text, List<CoreLabel> tokens, CoreMap q) {
        Integer begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (begin == null || end == null) {
            return null;
        }
        Span span = stripMarks(text, Math.max(0, begin), Math.min(text.length(), end));
        if (span == null) {
            return null;
        }
        Span mention = mentionSpan(text, tokens, q);
        String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
        if (speaker != null && speaker.isBlank()) {
            speaker = null;
        }
        return new Quote(
                QuoteKind.DIRECT, span, null, mention, mention == null ? null : mention.of(text), speaker, null, false);
    }

    private static @Nullable Span mentionSpan(String text, List<CoreLabel> tokens, CoreMap q) {
        Integer first = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer last = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
        if (first == null || last == null || first < 0 || last < first || last >= tokens.size()) {
            return null;
        }
        int start = tokens.get(first).beginPosition();
        int stop = tokens.get(last).endPosition();
        if (start < 0 || stop <= start || stop > text.length()) {
            return null;
        }
        return new Span(start, stop);
    }

    /** The quotation without its marks and the white space inside them; null when nothing is left. */
    static @Nullable Span stripMarks(String text, int begin, int end) {
        int s = begin;
        int e = end;
        while (s < e && (MARKS.indexOf(text.charAt(s)) >= 0 || Character.isWhitespace(text.charAt(s)))) {
            s++;
        }
        while (e > s && (MARKS.indexOf(text.charAt(e - 1)) >= 0 || Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        return s < e ? new Span(s, e) : null;
    }
}

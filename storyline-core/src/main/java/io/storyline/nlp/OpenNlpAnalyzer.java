package io.storyline.nlp;

import io.storyline.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Splits text into sentences and tokens and tags each token with its universal POS tag and lemma,
 * using Apache OpenNLP; also detects the language.
 *
 * <p>Each line (paragraph) is split on its own, so headlines and captions without a final full
 * stop never run into the next paragraph. Regions listed as skipped (boilerplate) are left out.
 * All offsets point into the original text. Thread-safe: the OpenNLP tools are kept one per
 * thread, and lemmas are cached (bounded) across threads. Cost: roughly linear in the text length, a few milliseconds per thousand tokens.
 */
public final class OpenNlpAnalyzer {

    /** Closed-class and name tags whose lemma is the lower-cased word. */
    private static final Set<String> NO_LEMMA =
            Set.of("PROPN", "NUM", "PUNCT", "SYM", "X", "DET", "ADP", "CCONJ", "SCONJ", "PART", "INTJ");

    private static final int LEMMA_CACHE_LIMIT = 500_000;
    private static final int MAX_TAGGED = 200;

    private final EnglishModels models;
    private final ThreadLocal<Tools> tools;
    private final Map<String, String> lemmaCache = new ConcurrentHashMap<>();

    public OpenNlpAnalyzer(EnglishModels models) {
        this.models = models;
        this.tools = ThreadLocal.withInitial(() -> new Tools(models));
    }

    /** The models this analyzer uses. */
    public EnglishModels models() {
        return models;
    }

    /**
     * Sentences of {@code text}, leaving out the lines covered by {@code skip}.
     *
     * @param text the original text
     * @param skip sorted spans to leave out (boilerplate lines)
     */
    public List<Sentence> sentences(String text, List<Span> skip) {
        Tools t = tools.get();
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (!covered(skip, lineStart, lineEnd)) {
                analyseLine(t, text, lineStart, lineEnd, out);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static boolean covered(List<Span> skip, int start, int end) {
        for (Span s : skip) {
            if (s.start() <= start && s.end() >= end) {
                return true;
            }
        }
        return false;
    }

    private void analyseLine(Tools t, String text, int lineStart, int lineEnd, List<Sentence> out) {
        String line = text.substring(lineStart, lineEnd);
        if (line.isBlank()) {
            return;
        }
        for (opennlp.tools.util.Span ss : t.sentences.sentPosDetect(line)) {
            String sent = line.substring(ss.getStart(), ss.getEnd());
            opennlp.tools.util.Span[] spans = t.tokenizer.tokenizePos(sent);
            if (spans.length == 0) {
                continue;
            }
            String[] words = new String[spans.length];
            for (int i = 0; i < spans.length; i++) {
                words[i] = sent.substring(spans[i].getStart(), spans[i].getEnd());
            }
            String[] tags = tag(t, words);
            int base = lineStart + ss.getStart();
            List<Token> tokens = new ArrayList<>(spans.length);
            for (int i = 0; i < spans.length; i++) {
                tokens.add(new Token(
                        base + spans[i].getStart(),
                        base + spans[i].getEnd(),
                        words[i],
                        tags[i],
                        lemma(t, words[i], tags[i])));
            }
            out.add(new Sentence(new Span(base, base + sent.length()), tokens));
        }
    }

    /**
     * POS tags, computed over windows of at most {@value #MAX_TAGGED} tokens: the tagger's beam
     * search costs grow faster than linearly with sentence length, and junk input (a table, a
     * 10,000-word run without a full stop) must stay fast.
     */
    private static String[] tag(Tools t, String[] words) {
        if (words.length <= MAX_TAGGED) {
            return t.tagger.tag(words);
        }
        String[] tags = new String[words.length];
        for (int from = 0; from < words.length; from += MAX_TAGGED) {
            int to = Math.min(words.length, from + MAX_TAGGED);
            String[] part = t.tagger.tag(java.util.Arrays.copyOfRange(words, from, to));
            System.arraycopy(part, 0, tags, from, part.length);
        }
        return tags;
    }

    /**
     * The lemma of a word with its tag. OpenNLP's statistical lemmatizer costs about 140 µs a token,
     * six times the POS tagger, so it runs only on open-class words, on the word alone, and its
     * answers are cached per (tag, word): the same word and tag always get the same lemma.
     */
    private String lemma(Tools t, String word, String tag) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (NO_LEMMA.contains(tag)) {
            return lower;
        }
        String key = tag + '\u0001' + word;
        String cached = lemmaCache.get(key);
        if (cached != null) {
            return cached;
        }
        String[] l = t.lemmatizer.lemmatize(new String[] {word}, new String[] {tag});
        String lemma = l.length == 0 || l[0] == null || l[0].equals("O") ? lower : l[0].toLowerCase(Locale.ROOT);
        if (lemmaCache.size() < LEMMA_CACHE_LIMIT) {
            lemmaCache.put(key, lemma);
        }
        return lemma;
    }

    /**
     * The ISO 639-1 code of the text's language when it can be mapped (else the ISO 639-3 code),
     * detected from its first 3000 characters.
     */
    public String language(String text) {
        String sample = text.length() > 3000 ? text.substring(0, 3000) : text;
        Language best = tools.get().languages.predictLanguage(sample);
        return Languages.toIso1(best.getLang());
    }

    private static final class Tools {
        final SentenceDetectorME sentences;
        final TokenizerME tokenizer;
        final POSTaggerME tagger;
        final LemmatizerME lemmatizer;
        final LanguageDetectorME languages;

        Tools(EnglishModels m) {
            sentences = new SentenceDetectorME(m.sentences());
            tokenizer = new TokenizerME(m.tokens());
            tagger = new POSTaggerME(m.pos(), POSTagFormat.UD);
            lemmatizer = new LemmatizerME(m.lemmas());
            languages = new LanguageDetectorME(m.languages());
        }
    }
}

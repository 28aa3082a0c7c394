package io.storyline.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP models Storyline uses (UD English EWT sentence, token, POS and lemma models,
 * and the 183-language detector), loaded once from the classpath.
 *
 * <p>Immutable and shared across threads; the OpenNLP {@code *ME} tools built from it are not
 * thread-safe, so each thread makes its own (see {@link OpenNlpAnalyzer}). Loading costs about a
 * second and some 60 MB of heap.
 */
public final class EnglishModels {

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel pos;
    private final LemmatizerModel lemmas;
    private final LanguageDetectorModel languages;

    private EnglishModels(
            SentenceModel sentences,
            TokenizerModel tokens,
            POSModel pos,
            LemmatizerModel lemmas,
            LanguageDetectorModel languages) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.pos = pos;
        this.lemmas = lemmas;
        this.languages = languages;
    }

    /** Loads all models from the {@code opennlp-models-*} jars on the classpath. */
    public static EnglishModels load() {
        try {
            return new EnglishModels(
                    new SentenceModel(open("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")),
                    new TokenizerModel(open("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")),
                    new POSModel(open("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")),
                    new LemmatizerModel(open("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")),
                    new LanguageDetectorModel(open("langdetect-183.bin")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models from the classpath", e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = EnglishModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(
                    "OpenNLP model " + name + " is not on the classpath: add the opennlp-models-* 1.3.0 jars");
        }
        return in;
    }

    SentenceModel sentences() {
        return sentences;
    }

    TokenizerModel tokens() {
        return tokens;
    }

    POSModel pos() {
        return pos;
    }

    LemmatizerModel lemmas() {
        return lemmas;
    }

    LanguageDetectorModel languages() {
        return languages;
    }
}

package io.storyline.analysis;

import io.storyline.dedup.MinHasher;
import io.storyline.embed.MiniLmConfig;
import io.storyline.embed.MiniLmEmbedder;
import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import io.storyline.quotes.RuleQuoteFinder;
import io.storyline.text.BoilerplateDetector;
import io.storyline.time.RuleTimeFinder;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds Storyline's article pipeline: boilerplate, sentences (OpenNLP), names, quotes, time expressions,
 * terms, fingerprint
 * and, unless turned off, the lead embedding. Loads the models once; the pipeline is thread-safe.
 */
public final class StandardPipeline {

    /**
     * What to build.
     *
     * @param embeddings whether to embed each article's lead with MiniLM
     * @param embeddingChars how many characters of the lead to embed
     */
    public record Options(boolean embeddings, int embeddingChars) {

        public Options {
            if (embeddingChars < 1) {
                throw new IllegalArgumentException("embeddingChars must be >= 1, got " + embeddingChars);
            }
        }

        public static Options defaults() {
            return new Options(true, 600);
        }
    }

    private StandardPipeline() {}

    public static Pipeline create(Options options) {
        List<ArticleStage> stages = new ArrayList<>();
        stages.add(new BoilerplateStage(new BoilerplateDetector()));
        stages.add(new NlpStage(new OpenNlpAnalyzer(EnglishModels.load())));
        stages.add(new NameStage());
        stages.add(new QuoteStage(new RuleQuoteFinder()));
        stages.add(new TimeStage(new RuleTimeFinder()));
        stages.add(new TermStage());
        stages.add(new FingerprintStage(MinHasher.standard()));
        if (options.embeddings()) {
            stages.add(new EmbeddingStage(new MiniLmEmbedder(MiniLmConfig.defaults()), options.embeddingChars()));
        }
        return Pipeline.of(stages);
    }
}

package io.storyline.embed;

/**
 * Settings of a {@link MiniLmEmbedder}.
 *
 * @param intraOpThreads ONNX Runtime threads used inside one inference; 1 (the default) lets callers
 *     parallelise across articles instead
 * @param maxTokens window in word pieces, {@code [CLS]} and {@code [SEP]} included; longer texts are
 *     truncated at the right. 256 (the default) is the length all-MiniLM-L6-v2 was trained with; the
 *     model accepts up to 512
 * @param batchSize how many texts {@link MiniLmEmbedder#embedAll} runs through the model at once. 1
 *     (the default) makes {@code embedAll} give exactly what {@code embed} gives, whatever the other
 *     texts; larger batches are about 30% faster on short sentences but the int8 model quantises its
 *     activations per batch, so an embedding then depends slightly on its batch neighbours (cosine to
 *     the unbatched embedding 0.98 or more)
 */
public record MiniLmConfig(int intraOpThreads, int maxTokens, int batchSize) {

    /** Largest window the model's position embeddings allow. */
    public static final int MODEL_MAX_TOKENS = 512;

    /** Checks the ranges. */
    public MiniLmConfig {
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intraOpThreads must be at least 1, got " + intraOpThreads);
        }
        if (maxTokens < 2 || maxTokens > MODEL_MAX_TOKENS) {
            throw new IllegalArgumentException(
                    "maxTokens must be between 2 and " + MODEL_MAX_TOKENS + ", got " + maxTokens);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
    }

    /** One thread, 256 tokens, no batching. */
    public static MiniLmConfig defaults() {
        return new MiniLmConfig(1, WordPieceTokenizer.DEFAULT_MAX_LENGTH, 1);
    }

    /** A copy with another thread count. */
    public MiniLmConfig withIntraOpThreads(int threads) {
        return new MiniLmConfig(threads, maxTokens, batchSize);
    }

    /** A copy with another window. */
    public MiniLmConfig withMaxTokens(int tokens) {
        return new MiniLmConfig(intraOpThreads, tokens, batchSize);
    }

    /** A copy with another batch size. */
    public MiniLmConfig withBatchSize(int size) {
        return new MiniLmConfig(intraOpThreads, maxTokens, size);
    }
}

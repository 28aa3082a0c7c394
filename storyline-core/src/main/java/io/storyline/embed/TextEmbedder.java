package io.storyline.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into an {@link Embedding} whose cosine with another text's embedding measures how
 * close their meanings are.
 *
 * <p>Implementations are thread-safe. Any string is accepted, including the empty string; long texts
 * are truncated to the model's window (the implementation says how long).
 */
public interface TextEmbedder {

    /** The embedding of {@code text}. */
    Embedding embed(String text);

    /**
     * The embeddings of {@code texts}, in the same order; implementations may batch them, which is
     * faster but may differ from {@link #embed} in the last digits.
     */
    default List<Embedding> embedAll(List<String> texts) {
        List<Embedding> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            out.add(embed(text));
        }
        return List.copyOf(out);
    }

    /** Number of dimensions of every embedding this embedder returns. */
    int dimension();
}

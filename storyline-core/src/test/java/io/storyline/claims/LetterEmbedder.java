package io.storyline.claims;

import io.storyline.embed.Embedding;
import io.storyline.embed.TextEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stand-in model for tests: letter counts, so texts with the same letters are close. Remembers what
 * it embedded, in order.
 */
final class LetterEmbedder implements TextEmbedder {

    final List<String> embedded = new ArrayList<>();

    @Override
    public synchronized Embedding embed(String text) {
        embedded.add(text);
        List<Float> v = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            v.add(0.1f);
        }
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                v.set(c - 'a', v.get(c - 'a') + 1);
            }
        }
        double norm = Math.sqrt(v.stream().mapToDouble(x -> x * x).sum());
        return Embedding.fromList(v.stream().map(x -> (float) (x / norm)).toList());
    }

    @Override
    public int dimension() {
        return 26;
    }
}

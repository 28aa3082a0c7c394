package io.storyline.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the embeddings of the most recently embedded texts, so a story's views recomputed after
 * one article joined (or the quote grouping and the claim alignment of one story, which embed many
 * of the same words) do not run the model again for texts it has seen. Least recently used texts are
 * forgotten beyond {@code capacity}. Thread-safe when the delegate is; two threads asking for the same
 * new text may both compute it.
 */
public final class CachingEmbedder implements TextEmbedder {

    private final TextEmbedder delegate;
    private final Map<String, Embedding> cache;

    /** A cache of at most {@code capacity} texts in front of {@code delegate}. */
    public CachingEmbedder(TextEmbedder delegate, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        this.delegate = delegate;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Embedding> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public Embedding embed(String text) {
        synchronized (cache) {
            Embedding hit = cache.get(text);
            if (hit != null) {
                return hit;
            }
        }
        Embedding e = delegate.embed(text);
        synchronized (cache) {
            cache.put(text, e);
        }
        return e;
    }

    @Override
    public List<Embedding> embedAll(List<String> texts) {
        List<Embedding> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        synchronized (cache) {
            for (String t : texts) {
                Embedding hit = cache.get(t);
                out.add(hit);
                if (hit == null) {
                    missing.add(t);
                }
            }
        }
        if (missing.isEmpty()) {
            return List.copyOf(out);
        }
        List<Embedding> computed = delegate.embedAll(missing);
        Map<String, Embedding> fresh = new LinkedHashMap<>();
        for (int i = 0; i < missing.size(); i++) {
            fresh.put(missing.get(i), computed.get(i));
        }
        synchronized (cache) {
            cache.putAll(fresh);
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) == null) {
                out.set(i, fresh.get(texts.get(i)));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }
}

package io.storyline.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {

    /** Embeds a text as (length, 1) and records what it was asked. */
    private static final class Counting implements TextEmbedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public Embedding embed(String text) {
            asked.add(text);
            return Embedding.normalising(new float[] {text.length(), 1});
        }

        @Override
        public int dimension() {
            return 2;
        }
    }

    @Test
    void embedsEachTextOnceAndKeepsTheOrder() {
        Counting model = new Counting();
        CachingEmbedder cached = new CachingEmbedder(model, 10);
        Embedding a = cached.embed("ferry");
        List<Embedding> all = cached.embedAll(List.of("harbour", "ferry", "harbour", "dock"));
        assertThat(model.asked).containsExactly("ferry", "harbour", "harbour", "dock");
        assertThat(all.get(1)).isEqualTo(a);
        assertThat(cached.embedAll(List.of("dock", "ferry"))).containsExactly(all.get(3), a);
        assertThat(model.asked).hasSize(4);
        assertThat(cached.dimension()).isEqualTo(2);
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondCapacity() {
        Counting model = new Counting();
        CachingEmbedder cached = new CachingEmbedder(model, 2);
        cached.embed("a");
        cached.embed("b");
        cached.embed("a");
        cached.embed("c");
        cached.embed("a");
        cached.embed("b");
        assertThat(model.asked).containsExactly("a", "b", "c", "b");
        assertThatThrownBy(() -> new CachingEmbedder(model, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noTextsNoCalls() {
        Counting model = new Counting();
        assertThat(new CachingEmbedder(model, 4).embedAll(List.of())).isEmpty();
        assertThat(model.asked).isEmpty();
    }
}

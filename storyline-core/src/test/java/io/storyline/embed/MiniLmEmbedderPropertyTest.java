package io.storyline.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Objects;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jspecify.annotations.Nullable;

class MiniLmEmbedderPropertyTest {

    // One model per test class; jqwik's container hooks are static.
    private static @Nullable MiniLmEmbedder embedder;

    @BeforeContainer
    static void load() {
        embedder = new MiniLmEmbedder(MiniLmConfig.defaults().withMaxTokens(64));
    }

    @AfterContainer
    static void close() {
        if (embedder != null) {
            embedder.close();
        }
    }

    private static MiniLmEmbedder embedder() {
        return Objects.requireNonNull(embedder, "the model is loaded in @BeforeContainer");
    }

    @Property(tries = 15)
    void junkNeverThrowsAndGivesAUnitVector(@ForAll @StringLength(max = 300) String text) {
        Embedding e = embedder().embed(text);

        assertThat(e.dimension()).isEqualTo(384);
        assertThat(e.cosine(e)).isCloseTo(1.0, within(1e-5));
        assertThat(e.toList()).allSatisfy(v -> assertThat(Float.isFinite(v)).isTrue());
    }

    @Property(tries = 5)
    void junkBatchesNeverThrow(@ForAll @Size(max = 20) List<@StringLength(max = 120) String> texts) {
        assertThat(embedder().embedAll(texts)).hasSize(texts.size());
    }
}

package io.storyline.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EmbeddingTest {

    @Test
    void normalisesAndComparesByCosine() {
        Embedding a = Embedding.normalising(new float[] {3, 4});
        Embedding b = Embedding.normalising(new float[] {4, 3});

        assertThat(a.toList()).containsExactly(0.6f, 0.8f);
        assertThat(a.cosine(b)).isCloseTo(0.96, within(1e-6));
        assertThat(a.dimension()).isEqualTo(2);
    }

    @Test
    void roundTripsThroughBytesAndListsBitForBit() {
        Embedding e = Embedding.normalising(new float[] {1, -2, 0.5f, 7});

        ByteBuffer bytes = e.toBytes();
        assertThat(bytes.remaining()).isEqualTo(16);
        assertThat(Embedding.fromBytes(bytes)).isEqualTo(e);
        assertThat(bytes.remaining()).isEqualTo(16);
        assertThat(Embedding.fromList(e.toList())).isEqualTo(e);
    }

    @Test
    void copyOfDoesNotExposeTheVector() {
        Embedding e = Embedding.normalising(new float[] {1, 0});
        float[] copy = e.copyOf();
        copy[0] = 42;

        assertThat(e.toList()).containsExactly(1f, 0f);
    }

    @Test
    void rejectsVectorsThatAreNotUnitLength() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Embedding.fromList(List.of(1f, 1f)));
        assertThat(e).hasMessageContaining("unit L2 norm").hasMessageContaining("1.414");
        assertThrows(IllegalArgumentException.class, () -> Embedding.fromList(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Embedding.fromList(List.of(Float.NaN)));
        assertThrows(IllegalArgumentException.class, () -> Embedding.fromBytes(ByteBuffer.allocate(7)));
        assertThrows(IllegalArgumentException.class, () -> Embedding.normalising(new float[] {0, 0}));
    }

    @Test
    void rejectsComparingDifferentDimensions() {
        Embedding two = Embedding.normalising(new float[] {1, 0});
        Embedding three = Embedding.normalising(new float[] {1, 0, 0});

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> two.cosine(three));
        assertThat(e).hasMessage("cannot compare embeddings of dimension 2 and 3");
    }

    @Property(tries = 200)
    void junkBytesEitherDecodeOrFailWithIllegalArgument(@ForAll @Size(max = 64) List<Byte> raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.size());
        raw.forEach(bytes::put);
        bytes.flip();
        try {
            Embedding e = Embedding.fromBytes(bytes);
            assertThat(e.cosine(e)).isCloseTo(1.0, within(1e-2));
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}

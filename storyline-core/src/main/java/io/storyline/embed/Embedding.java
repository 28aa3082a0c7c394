package io.storyline.embed;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A dense text embedding: an immutable vector of unit L2 length, so that the cosine of two embeddings
 * is their dot product.
 *
 * <p>For storage, {@link #toBytes()} gives the vector as little-endian IEEE 754 floats (4 bytes per
 * dimension) and {@link #fromBytes} reads it back bit for bit; {@link #toList()} and {@link #fromList}
 * do the same with boxed floats. Immutable and thread-safe.
 */
public final class Embedding {

    /** How far from 1 the L2 norm of a stored vector may be. */
    private static final double NORM_TOLERANCE = 1e-3;

    private final float[] vector;

    private Embedding(float[] vector) {
        this.vector = vector;
    }

    /** Wraps {@code raw} scaled to unit length; takes ownership of the array. */
    static Embedding normalising(float[] raw) {
        double sum = 0;
        for (float v : raw) {
            sum += (double) v * v;
        }
        double norm = Math.sqrt(sum);
        if (raw.length == 0 || !(norm > 0) || Double.isInfinite(norm)) {
            throw new IllegalArgumentException(
                    "cannot normalise a vector of length " + raw.length + " and norm " + norm);
        }
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (float) (raw[i] / norm);
        }
        return new Embedding(raw);
    }

    /**
     * An embedding from stored values, kept exactly as given.
     *
     * @throws IllegalArgumentException if the list is empty, has a non-finite value, or its L2 norm
     *     differs from 1 by more than 0.001
     */
    public static Embedding fromList(List<Float> values) {
        float[] vector = new float[values.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = values.get(i);
        }
        return checked(vector);
    }

    /**
     * Reads the encoding of {@link #toBytes()}: the buffer's remaining bytes, little-endian floats.
     * The buffer's position is not changed.
     *
     * @throws IllegalArgumentException if the byte count is not a positive multiple of 4 or the values
     *     are not a unit vector (see {@link #fromList})
     */
    public static Embedding fromBytes(ByteBuffer bytes) {
        if (bytes.remaining() == 0 || bytes.remaining() % Float.BYTES != 0) {
            throw new IllegalArgumentException(
                    "an embedding needs a positive multiple of 4 bytes, got " + bytes.remaining());
        }
        float[] vector = new float[bytes.remaining() / Float.BYTES];
        bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return checked(vector);
    }

    private static Embedding checked(float[] vector) {
        if (vector.length == 0) {
            throw new IllegalArgumentException("an embedding needs at least one dimension");
        }
        double sum = 0;
        for (int i = 0; i < vector.length; i++) {
            if (!Float.isFinite(vector[i])) {
                throw new IllegalArgumentException("embedding value " + i + " is " + vector[i] + ", must be finite");
            }
            sum += (double) vector[i] * vector[i];
        }
        double norm = Math.sqrt(sum);
        if (Math.abs(norm - 1) > NORM_TOLERANCE) {
            throw new IllegalArgumentException(
                    "an embedding must have unit L2 norm (within " + NORM_TOLERANCE + "), got " + norm);
        }
        return new Embedding(vector);
    }

    /** Number of dimensions (384 for all-MiniLM-L6-v2). */
    public int dimension() {
        return vector.length;
    }

    /**
     * Cosine similarity, in [-1, 1]; for MiniLM sentence embeddings unrelated texts score near 0.1 and
     * paraphrases above 0.7.
     *
     * @throws IllegalArgumentException if the dimensions differ
     */
    public double cosine(Embedding other) {
        if (other.vector.length != vector.length) {
            throw new IllegalArgumentException(
                    "cannot compare embeddings of dimension " + vector.length + " and " + other.vector.length);
        }
        double dot = 0;
        for (int i = 0; i < vector.length; i++) {
            dot += (double) vector[i] * other.vector[i];
        }
        return Math.max(-1.0, Math.min(1.0, dot));
    }

    /** The values as an unmodifiable list. */
    public List<Float> toList() {
        List<Float> values = new ArrayList<>(vector.length);
        for (float v : vector) {
            values.add(v);
        }
        return List.copyOf(values);
    }

    /** The values as a new read-only little-endian buffer of {@code 4 * dimension()} bytes. */
    public ByteBuffer toBytes() {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        return bytes.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * A fresh copy of the values, for vector libraries that take {@code float[]} (such as Lucene's
     * {@code KnnFloatVectorField}); changing it does not change this embedding. The one array in this
     * package's public API.
     */
    public float[] copyOf() {
        return vector.clone();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Embedding other && Arrays.equals(vector, other.vector);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(vector);
    }

    @Override
    public String toString() {
        StringBuilder s =
                new StringBuilder("Embedding[dimension=").append(vector.length).append(", ");
        for (int i = 0; i < Math.min(3, vector.length); i++) {
            s.append(String.format(Locale.ROOT, "%.4f, ", vector[i]));
        }
        return s.append("...]").toString();
    }
}

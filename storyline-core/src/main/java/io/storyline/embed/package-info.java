/**
 * Sentence embeddings from ONNX weights on the classpath.
 *
 * <p>{@link io.storyline.embed.MiniLmEmbedder} runs all-MiniLM-L6-v2 (int8) with ONNX Runtime over
 * our own {@link io.storyline.embed.WordPieceTokenizer}; create one per process and share it:
 *
 * <pre>{@code
 * try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
 *     double similarity = embedder.embed(a).cosine(embedder.embed(b));
 * }
 * }</pre>
 *
 * <p>{@link io.storyline.embed.Embedding} values are unit vectors; store them with {@code toBytes()}
 * and read them back with {@code fromBytes}.
 */
@NullMarked
package io.storyline.embed;

import org.jspecify.annotations.NullMarked;

/** Sentence embeddings from ONNX weights on the classpath. */
@NullMarked
package io.storyline.embed;

import org.jspecify.annotations.NullMarked;

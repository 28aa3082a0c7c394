/** Storyline as a Kafka stream processor: articles in, story-update events out. */
@NullMarked
package io.storyline.stream;

import org.jspecify.annotations.NullMarked;

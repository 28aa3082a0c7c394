/**
 * Storyline as a Kafka stream processor: {@link io.storyline.stream.StreamProcessor} reads articles
 * (the contract's JSON) from a topic, analyses and assigns them to stories in the embedded store, and
 * publishes a {@link io.storyline.stream.StoryUpdate} per changed story (what changed: {@link
 * io.storyline.stream.StoryChanges}); bad records go to the dead-letter topic ({@link
 * io.storyline.stream.DeadLetters}) with the reason. A batch's offsets are committed only after its store
 * transaction and the events and dead letters it caused are flushed. Configured by {@link io.storyline.stream.StreamConfig}.
 */
@NullMarked
package io.storyline.stream;

import org.jspecify.annotations.NullMarked;

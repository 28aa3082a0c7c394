/**
 * Small learned models shared by the stages that fit one: {@link io.storyline.learn.BoostedTrees}
 * (gradient-boosted trees for a yes/no decision, fitted, written and read as TSV), used by the HTML
 * extractor's block model (storyline-ingest) and by story assembly's pair model ({@code
 * io.storyline.cluster.StoryPairModel}).
 */
@NullMarked
package io.storyline.learn;

import org.jspecify.annotations.NullMarked;

/**
 * The Storyline analysis as an Apache Spark batch job: the same readers, article pipeline, story
 * pair decision and digester as the embedded path, run over Hadoop-compatible paths.
 *
 * <p>Entry point: {@link io.storyline.spark.StorylineJob} (launched by {@code ./storyline spark} or
 * {@code spark-submit}): {@code Inputs} reads, {@code Analysed}
 * analyses per partition, {@code StoryGrouping} groups into stories, {@code
 * StoryViews} digests each story and {@code Outputs} writes.
 */
@NullMarked
package io.storyline.spark;

import org.jspecify.annotations.NullMarked;

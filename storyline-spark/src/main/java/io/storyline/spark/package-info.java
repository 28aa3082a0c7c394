/**
 * The Storyline analysis as an Apache Spark batch job: the same readers, article pipeline, story
 * pair decision and digester as the embedded path, run over Hadoop-compatible paths.
 */
@NullMarked
package io.storyline.spark;

import org.jspecify.annotations.NullMarked;

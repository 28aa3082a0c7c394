/** The article-level pipeline: immutable analysed articles and the stages that build them. */
@NullMarked
package io.storyline.analysis;

import org.jspecify.annotations.NullMarked;

/** JMH benchmarks and side-by-side comparisons; not part of the product. */
@NullMarked
package io.storyline.bench;

import org.jspecify.annotations.NullMarked;

/**
 * Where the articles of a story come from: copies, rewrites, translations and garbled copies of one
 * another, the upstream sources they credit (or derive from without credit), and quality flags.
 */
@NullMarked
package io.storyline.provenance;

import org.jspecify.annotations.NullMarked;

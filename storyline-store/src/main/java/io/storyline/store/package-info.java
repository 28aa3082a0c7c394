/** The embedded store: one data directory holding articles, their analysis and their stories. */
@NullMarked
package io.storyline.store;

import org.jspecify.annotations.NullMarked;

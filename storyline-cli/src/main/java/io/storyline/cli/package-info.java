/** The {@code storyline} command line. */
@NullMarked
package io.storyline.cli;

import org.jspecify.annotations.NullMarked;

/** Text clean-up over the original text: boilerplate lines, normalisation for matching. */
@NullMarked
package io.storyline.text;

import org.jspecify.annotations.NullMarked;

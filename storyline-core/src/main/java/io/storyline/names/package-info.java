/** Names of people, organisations and places, found by rules over POS tags and cue words. */
@NullMarked
package io.storyline.names;

import org.jspecify.annotations.NullMarked;

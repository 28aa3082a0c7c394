/**
 * Names of people, organisations and places, found by rules over POS tags and cue words (titles,
 * connectors, organisation and place words) rather than a statistical model. Entry point: {@link
 * io.storyline.names.RuleNameFinder}; each {@link io.storyline.names.Name} carries its span, type and a
 * key under which variants of one name meet.
 */
@NullMarked
package io.storyline.names;

import org.jspecify.annotations.NullMarked;

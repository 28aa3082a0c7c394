/**
 * Text clean-up over the original text, which is never rewritten: {@link
 * io.storyline.text.BoilerplateDetector} marks boilerplate lines (prompts, notices, widget labels,
 * credits, repeated captions, headline copies, bylines) with their {@link
 * io.storyline.text.BoilerplateKind}, from the cues of {@code Cues}, {@code Repeats} and {@code Bylines};
 * {@link io.storyline.text.Fold} and {@link io.storyline.text.MatchText} normalise strings for comparison
 * only; {@link io.storyline.text.WordList} loads word lists kept as resources.
 */
@NullMarked
package io.storyline.text;

import org.jspecify.annotations.NullMarked;

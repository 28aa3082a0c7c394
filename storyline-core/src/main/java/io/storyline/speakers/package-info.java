/**
 * Canonical speakers of a story and across the store: the same person or institution under
 * variant spellings, transliterations and spinner damage becomes one {@link
 * io.storyline.speakers.Speaker}, with a role and a side (country or organisation) taken from the
 * text only.
 *
 * <p>Entry points: {@link io.storyline.speakers.SpeakerCanonicalizer#canonicalize} (a story's
 * speakers, from its {@link io.storyline.speakers.ArticleQuotes}, as {@link
 * io.storyline.speakers.StorySpeakers}; called by the story digester) and {@link
 * io.storyline.speakers.SpeakerDirectory} (story speakers onto one store-wide list).
 */
@NullMarked
package io.storyline.speakers;

import org.jspecify.annotations.NullMarked;

/**
 * Canonical speakers of a story and across the store: the same person or institution under
 * variant spellings, transliterations and spinner damage becomes one {@link
 * io.storyline.speakers.Speaker}, with a role and a side (country or organisation) taken from the
 * text only.
 */
@NullMarked
package io.storyline.speakers;

import org.jspecify.annotations.NullMarked;

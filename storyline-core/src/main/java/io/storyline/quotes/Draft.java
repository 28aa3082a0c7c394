package io.storyline.quotes;

import io.storyline.core.Span;
import org.jspecify.annotations.Nullable;

/** A quote before its speaker is resolved. */
record Draft(
        QuoteKind kind,
        Span span,
        @Nullable Attribution attribution,
        @Nullable Draft sameSpeakerAs) {}

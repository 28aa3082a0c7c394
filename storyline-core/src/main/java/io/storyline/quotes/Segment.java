package io.storyline.quotes;

import io.storyline.core.Span;

/**
 * A stretch of directly quoted words found from marks or dashes.
 *
 * @param content the words between the marks
 * @param lineStart start of the line (paragraph) the segment sits in
 * @param open index of the opening mark, or content start when there is none (dashes)
 * @param close index of the closing mark, or content end when the quote runs on into the next
 *     paragraph or is closed by a dash
 * @param continuesFrom whether this segment continues a quote from the previous paragraph
 * @param continues whether the quote runs on into the next paragraph
 */
record Segment(Span content, int lineStart, int open, int close, boolean continuesFrom, boolean continues) {}

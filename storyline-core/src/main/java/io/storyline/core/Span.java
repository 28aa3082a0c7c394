package io.storyline.core;

import java.util.Collection;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into an article's original text.
 *
 * @param start first index, inclusive
 * @param end last index, exclusive
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, got " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("end must be >= start, got start=" + start + " end=" + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int index) {
        return index >= start && index < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Whether this span overlaps any of {@code others} (a sentence in the boilerplate, say). */
    public boolean overlapsAny(Collection<Span> others) {
        for (Span o : others) {
            if (overlaps(o)) {
                return true;
            }
        }
        return false;
    }

    /** The text this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}

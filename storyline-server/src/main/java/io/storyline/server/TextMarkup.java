package io.storyline.server;

import io.storyline.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes an article's text as escaped HTML with spans marked by offsets (half-open UTF-16 indices into
 * the original text): each stretch between two span boundaries becomes one element carrying the
 * classes of every span covering it ({@code <mark>} when a quote covers it, else {@code <span>}), so
 * overlapping spans always give well-formed markup. An anchor ({@code id}) is written where each
 * anchored span starts. Spans outside the text are clipped; empty ones are ignored. Stateless.
 */
final class TextMarkup {

    /**
     * One marked stretch of the text.
     *
     * @param span the offsets
     * @param cssClass the class it gives the text it covers
     * @param anchor an HTML id written where it starts, or empty for none
     */
    record Mark(Span span, String cssClass, String anchor) {}

    private TextMarkup() {}

    static void write(String text, List<Mark> marks, Html out) {
        List<Mark> valid = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Mark m : marks) {
            int s = Math.max(0, Math.min(text.length(), m.span().start()));
            int e = Math.max(s, Math.min(text.length(), m.span().end()));
            if (e > s) {
                Mark clipped = new Mark(new Span(s, e), m.cssClass(), m.anchor());
                valid.add(clipped);
                cuts.add(s);
                cuts.add(e);
            }
        }
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            segment(text, from, to, valid, out);
        }
    }

    private static void segment(String text, int from, int to, List<Mark> marks, Html out) {
        StringBuilder classes = new StringBuilder();
        boolean quote = false;
        for (Mark m : marks) {
            if (m.span().start() == from && !m.anchor().isEmpty()) {
                out.raw("<span").attr("id", m.anchor()).raw("></span>");
            }
            if (m.span().start() <= from && m.span().end() >= to) {
                if (classes.indexOf(m.cssClass()) < 0) {
                    classes.append(classes.length() == 0 ? "" : " ").append(m.cssClass());
                }
                quote |= m.cssClass().equals("quote");
            }
        }
        if (classes.length() == 0) {
            out.text(text, from, to);
            return;
        }
        String tag = quote ? "mark" : "span";
        out.raw("<" + tag).attr("class", classes.toString()).raw(">");
        out.text(text, from, to);
        out.raw("</" + tag + ">");
    }
}

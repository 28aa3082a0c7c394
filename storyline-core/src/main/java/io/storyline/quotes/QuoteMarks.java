package io.storyline.quotes;

import io.storyline.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the segments between quotation marks, paragraph by paragraph, in one linear pass.
 *
 * <p>Pairs: “ ” (also closed by a straight mark), " ", « », „ “ (or „ ”), two straight apostrophes
 * {@code ''} on both sides (the plain-text archive convention), and ‘ ’ when the opening
 * mark starts a word and the closing one ends a word. Marks inside an open quote are part of it
 * (nesting is not tracked). An opening mark left unclosed at the end of a paragraph continues the
 * quote when the next non-blank paragraph opens with a mark (the news convention for quotes over
 * several paragraphs); otherwise it is ignored. Linear: a search for a closing mark that fails is
 * never repeated for the same family of marks in the same paragraph.
 */
final class QuoteMarks {

    private final boolean singleMarks;

    QuoteMarks(boolean singleMarks) {
        this.singleMarks = singleMarks;
    }

    static boolean isDoubleMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟';
    }

    List<Segment> find(String text, List<Span> skip) {
        List<Segment> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        boolean continuing = false;
        int skipAt = 0;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            while (skipAt < skip.size() && skip.get(skipAt).end() <= lineStart) {
                skipAt++;
            }
            boolean skipped = skipAt < skip.size()
                    && skip.get(skipAt).start() <= lineStart
                    && skip.get(skipAt).end() >= lineEnd;
            if (!skipped && !text.substring(lineStart, lineEnd).isBlank()) {
                continuing = scanLine(text, lineStart, lineEnd, continuing, out);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** Scans one line; returns whether a quote runs on into the next paragraph. */
    private boolean scanLine(String text, int ls, int le, boolean continuing, List<Segment> out) {
        int failedDouble = Integer.MAX_VALUE;
        int failedSingle = Integer.MAX_VALUE;
        boolean first = true;
        int i = ls;
        while (i < le) {
            char c = text.charAt(i);
            if (isOpening(text, i, ls) && i < failedDouble) {
                int width = c == '\'' ? 2 : 1;
                int close = findClose(text, c, i + width, le);
                if (close >= 0) {
                    add(
                            out,
                            text,
                            ls,
                            i,
                            i + width,
                            close,
                            close + width - 1,
                            first && continuing && startsLine(text, ls, i),
                            false);
                    first = false;
                    i = close + width;
                    continue;
                }
                failedDouble = i;
                if (nextParagraphOpens(text, le)) {
                    add(out, text, ls, i, i + width, le, le, first && continuing && startsLine(text, ls, i), true);
                    return true;
                }
            } else if (singleMarks && c == '‘' && i < failedSingle && singleOpens(text, i)) {
                int close = findSingleClose(text, i + 1, le);
                if (close >= 0) {
                    add(out, text, ls, i, i + 1, close, close, false, false);
                    first = false;
                    i = close + 1;
                    continue;
                }
                failedSingle = i;
            }
            i++;
        }
        return false;
    }

    private static boolean startsLine(String text, int ls, int i) {
        return text.substring(ls, i).isBlank();
    }

    /** Adds the words in [from, to) as a segment whose closing mark ends at {@code closeMark}. */
    private static void add(
            List<Segment> out,
            String text,
            int ls,
            int open,
            int from,
            int to,
            int closeMark,
            boolean contFrom,
            boolean cont) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        boolean hasWord = false;
        for (int k = s; k < e && !hasWord; k++) {
            hasWord = Character.isLetterOrDigit(text.charAt(k));
        }
        if (hasWord) {
            out.add(new Segment(new Span(s, e), ls, open, closeMark, contFrom, cont));
        }
    }

    private static boolean isOpening(String text, int i, int ls) {
        char c = text.charAt(i);
        if (c == '“' || c == '„' || c == '«') {
            return true;
        }
        if (c == '\'') {
            return doubleApostrophe(text, i)
                    && (i == ls || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && i + 2 < text.length()
                    && !Character.isWhitespace(text.charAt(i + 2));
        }
        if (c != '"') {
            return false;
        }
        // a straight mark opens when it starts a word: after white space, an opening bracket or a dash
        boolean before = i == ls || (!Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '.');
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    /** Two straight apostrophes at {@code i}, not part of a longer run. */
    private static boolean doubleApostrophe(String text, int i) {
        return i + 1 < text.length()
                && text.charAt(i) == '\''
                && text.charAt(i + 1) == '\''
                && (i == 0 || text.charAt(i - 1) != '\'')
                && (i + 2 >= text.length() || text.charAt(i + 2) != '\'');
    }

    private static int findClose(String text, char open, int from, int le) {
        if (open == '\'') {
            for (int k = from; k + 1 < le; k++) {
                if (doubleApostrophe(text, k) && k > from && !Character.isWhitespace(text.charAt(k - 1))) {
                    return k;
                }
            }
            return -1;
        }
        for (int k = from; k < le; k++) {
            char c = text.charAt(k);
            boolean closes = switch (open) {
                case '«' -> c == '»';
                case '„' -> c == '“' || c == '”';
                case '“' -> c == '”' || c == '"';
                default -> c == '"' || c == '”';
            };
            if (closes) {
                return k;
            }
        }
        return -1;
    }

    private static boolean singleOpens(String text, int i) {
        boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        return before && after;
    }

    private static int findSingleClose(String text, int from, int le) {
        for (int k = from; k < le; k++) {
            if (text.charAt(k) == '’' && k > from && !Character.isWhitespace(text.charAt(k - 1))) {
                boolean wordEnds = k + 1 >= le || !Character.isLetterOrDigit(text.charAt(k + 1));
                // "officials’ views": a plural possessive is followed by a space and a lower-case word
                if (wordEnds
                        && !(k + 2 < le
                                && text.charAt(k + 1) == ' '
                                && Character.isLowerCase(text.charAt(k + 2))
                                && text.charAt(k - 1) == 's')) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static boolean nextParagraphOpens(String text, int le) {
        int k = le;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k >= text.length() || k == le) {
            return false;
        }
        char c = text.charAt(k);
        return c == '“' || c == '„' || c == '«' || c == '"' || doubleApostrophe(text, k);
    }
}

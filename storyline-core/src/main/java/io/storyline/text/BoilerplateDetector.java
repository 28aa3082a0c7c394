package io.storyline.text;

import io.storyline.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds boilerplate lines in plain article text (from {@code .txt}, JSON or HTML extraction): newsletter
 * and subscription prompts, privacy notices, widget labels ("Related content"), image credits, repeated
 * captions, copies of the headline (also with a section label glued to it) and bylines.
 *
 * <p>The unit is the line: text between line terminators ({@code \n}, {@code \r\n}, lone {@code \r}). A
 * returned span covers one whole line's content <em>without</em> its terminator; blank lines are never
 * returned. Spans are half-open UTF-16 indices into the original text, sorted and non-overlapping; the
 * text is never changed. Rules combine a small lexicon of generic cue words with the line's shape (word
 * count, final punctuation, imperative opening, position, neighbours); lines that report speech ("said",
 * quotation marks) are protected from the lexicon rules.
 *
 * <p>Repeats: with a title, every copy of the title (also with a label glued before it or a site name
 * after it) is boilerplate. Without a title, a short unpunctuated line that occurs twice is boilerplate in
 * all its copies, and a line that is another line with a label glued to it ("NewsSome headline") is
 * boilerplate; the clean headline is kept as content when it is among the first three non-blank lines and
 * has a glued copy, or when it is the first line and merely repeated (see
 * {@link BoilerplateOptions#keepHeadline()}). Long repeated paragraphs and lines ending a sentence are not
 * treated as repeats (live blogs repeat real sentences).
 *
 * <p>Immutable and thread-safe; cost is linear in the text plus a pass over short lines that is quadratic
 * only in the number of distinct short lines.
 */
public final class BoilerplateDetector {

    private static final int ENCLOSED_MAX_WORDS = 30;

    private final BoilerplateOptions options;

    public BoilerplateDetector(BoilerplateOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A detector with {@link BoilerplateOptions#defaults()}. */
    public BoilerplateDetector() {
        this(BoilerplateOptions.defaults());
    }

    /** The boilerplate lines' content spans (without terminators), sorted, non-overlapping. */
    public List<Span> detect(String text, @Nullable String title) {
        return classify(text, title).stream().map(BoilerplateLine::span).toList();
    }

    /** The boilerplate lines with the reason for each, in text order. */
    public List<BoilerplateLine> classify(String text, @Nullable String title) {
        List<Line> lines = Line.split(text);
        List<String> keys = new ArrayList<>(lines.size());
        List<Line> nonBlank = new ArrayList<>();
        int[] rank = new int[lines.size()];
        for (Line line : lines) {
            keys.add(line.blank() ? "" : MatchText.normalize(line.content()));
            rank[line.index()] = line.blank() ? -1 : nonBlank.size();
            if (!line.blank()) {
                nonBlank.add(line);
            }
        }
        @Nullable BoilerplateKind[] kinds = new BoilerplateKind[lines.size()];
        new Repeats(lines, keys, rank, options).mark(title, kinds);
        for (Line line : nonBlank) {
            if (kinds[line.index()] == null) {
                kinds[line.index()] = Cues.classify(line.content(), keys.get(line.index()), options);
            }
        }
        for (int r = 0; r < nonBlank.size(); r++) {
            int i = nonBlank.get(r).index();
            if (kinds[i] == null && isByline(nonBlank, r, kinds, title != null)) {
                kinds[i] = BoilerplateKind.BYLINE;
            }
        }
        markEnclosed(nonBlank, keys, kinds);
        List<BoilerplateLine> out = new ArrayList<>();
        for (Line line : nonBlank) {
            BoilerplateKind kind = kinds[line.index()];
            if (kind != null) {
                out.add(new BoilerplateLine(new Span(line.start(), line.end()), line.index(), kind));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Bylines sit in the lead (below the first line, unless a title is given) or on the last line. "By ..."
     * and "Name, Agency" lines count there on their own; a bare name also needs context: a boilerplate
     * neighbour (a credit, a caption), or a place directly under the headline with a body paragraph after it.
     */
    private boolean isByline(List<Line> nonBlank, int r, @Nullable BoilerplateKind[] kinds, boolean hasTitle) {
        boolean lead = r < options.leadLines() && (r > 0 || hasTitle);
        boolean last = r == nonBlank.size() - 1 && r > 0;
        if (!lead && !last) {
            return false;
        }
        String c = nonBlank.get(r).content();
        if (Bylines.byPrefixed(c) || Bylines.nameWithAgency(c)) {
            return true;
        }
        if (!Bylines.bareName(c)) {
            return false;
        }
        boolean before = r > 0 && kinds[nonBlank.get(r - 1).index()] != null;
        boolean after = r + 1 < nonBlank.size() && kinds[nonBlank.get(r + 1).index()] != null;
        boolean underHeadline = (r == 1 || (r == 0 && hasTitle))
                && r + 1 < nonBlank.size()
                && bodyParagraph(nonBlank.get(r + 1).content());
        return before
                || after
                || underHeadline
                || (last && Cues.endsSentence(nonBlank.get(r - 1).content()));
    }

    private static boolean bodyParagraph(String content) {
        return Cues.words(content).size() >= 12 && Cues.endsSentence(content);
    }

    /**
     * A weak line whose neighbours above and below are both boilerplate is boilerplate too (the blurb
     * between a newsletter prompt and its privacy notice); so are the short unpunctuated lines that run to
     * the end of the text after a widget label (the items of a "Related" list).
     */
    private static void markEnclosed(List<Line> nonBlank, List<String> keys, @Nullable BoilerplateKind[] kinds) {
        for (int r = 1; r + 1 < nonBlank.size(); r++) {
            int i = nonBlank.get(r).index();
            if (kinds[i] == null
                    && kinds[nonBlank.get(r - 1).index()] != null
                    && kinds[nonBlank.get(r + 1).index()] != null
                    && weak(nonBlank.get(r), keys.get(i))) {
                kinds[i] = BoilerplateKind.ENCLOSED;
            }
        }
        int r = nonBlank.size() - 1;
        while (r > 0 && kinds[nonBlank.get(r).index()] == null && listItem(nonBlank.get(r), keys)) {
            r--;
        }
        if (r < nonBlank.size() - 1 && r >= 0 && kinds[nonBlank.get(r).index()] == BoilerplateKind.MARKER) {
            for (int j = r + 1; j < nonBlank.size(); j++) {
                kinds[nonBlank.get(j).index()] = BoilerplateKind.ENCLOSED;
            }
        }
    }

    private static boolean weak(Line line, String key) {
        return Cues.words(key).size() <= ENCLOSED_MAX_WORDS && !Cues.speech(key) && !Cues.endsSentence(line.content());
    }

    private static boolean listItem(Line line, List<String> keys) {
        String key = keys.get(line.index());
        return Cues.words(key).size() <= 20 && !Cues.speech(key) && !Cues.endsSentence(line.content());
    }

    /**
     * Returns {@code text} without the lines that the spans touch (each with its terminator), collapsing
     * the blank lines left behind: a blank line that follows a removed line is dropped when the kept text
     * already ends with a blank line or nothing has been kept yet, and blank lines before a removed tail
     * are dropped.
     *
     * @throws IllegalArgumentException if a span lies outside the text
     */
    public static String strip(String text, List<Span> spans) {
        for (Span s : spans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("span " + s + " lies outside the text of length " + text.length());
            }
        }
        List<Line> lines = Line.split(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean lastBlank = true;
        boolean afterRemoved = false;
        int keptEnd = 0;
        for (Line line : lines) {
            if (!line.blank() && touched(line, spans)) {
                afterRemoved = true;
                continue;
            }
            if (line.blank() && afterRemoved && lastBlank) {
                continue;
            }
            out.append(text, line.start(), line.endWithTerminator());
            lastBlank = line.blank();
            afterRemoved = afterRemoved && line.blank();
            if (!line.blank()) {
                keptEnd = out.length();
            }
        }
        if (afterRemoved) {
            out.setLength(keptEnd);
        }
        return out.toString();
    }

    private static boolean touched(Line line, List<Span> spans) {
        for (Span s : spans) {
            if (s.start() < line.end() && line.start() < s.end()) {
                return true;
            }
        }
        return false;
    }
}

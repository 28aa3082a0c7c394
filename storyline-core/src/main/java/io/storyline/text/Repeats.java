package io.storyline.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The repeat rules of {@link BoilerplateDetector}: copies of the title, short unpunctuated lines that occur
 * more than once (repeated captions and headlines), and a headline with a section label glued before it
 * ("NewsSome headline") or a site name after it ("Some headline | Site"). Comparison uses {@link MatchText}.
 */
final class Repeats {

    /**
     * Non-blank lines in the lead zone: when no title is given, a clean line there whose copy carries a glued
     * label is kept as the headline. A plain repeat is kept only when its first copy is the first line.
     */
    static final int HEADLINE_ZONE = 3;

    private static final Pattern SUFFIX = Pattern.compile("\\s*[|\\-:\u00b7\u2022/]\\s*\\S.*");

    private final List<Line> lines;
    private final List<String> keys;
    private final int[] rank;
    private final BoilerplateOptions options;

    /**
     * @param keys the {@link MatchText} form of each line ("" for blank lines)
     * @param rank each line's index among the non-blank lines (-1 for blank lines)
     */
    Repeats(List<Line> lines, List<String> keys, int[] rank, BoilerplateOptions options) {
        this.lines = lines;
        this.keys = keys;
        this.rank = rank.clone();
        this.options = options;
    }

    /** Marks the repeats in {@code kinds} (one slot per line), leaving lines already marked alone. */
    void mark(@Nullable String title, @Nullable BoilerplateKind[] kinds) {
        String titleKey = title == null ? "" : MatchText.normalize(title);
        boolean hasTitle = Cues.words(titleKey).size() >= 2;
        if (hasTitle && options.titleCopies()) {
            for (int i = 0; i < lines.size(); i++) {
                String k = keys.get(i);
                if (!k.isEmpty() && (k.equals(titleKey) || glued(k, titleKey) || glued(titleKey, k))) {
                    kinds[i] = BoilerplateKind.REPEATED_HEADLINE;
                }
            }
        }
        Map<String, List<Integer>> groups = candidates();
        boolean keepHeadline = !hasTitle && options.keepHeadline();
        Set<Integer> kept = new HashSet<>();
        for (Map.Entry<String, List<Integer>> head : groups.entrySet()) {
            // Heads are headline-like lines near the top; this also keeps the pass linear in practice.
            if (Cues.words(head.getKey()).size() < 4 || rank[head.getValue().get(0)] >= options.leadLines()) {
                continue;
            }
            boolean found = false;
            for (List<Integer> group : groups.values()) {
                for (int i : group) {
                    if (glued(keys.get(i), head.getKey())) {
                        found = true;
                        mark(kinds, i, BoilerplateKind.REPEATED_HEADLINE, kept);
                    }
                }
            }
            if (found) {
                markGroup(head.getValue(), keepHeadline, HEADLINE_ZONE, BoilerplateKind.REPEATED_HEADLINE, kinds, kept);
            }
        }
        for (List<Integer> group : groups.values()) {
            if (group.size() >= 2) {
                markGroup(group, keepHeadline, 1, BoilerplateKind.REPEATED_LINE, kinds, kept);
            }
        }
    }

    /** Short, unpunctuated lines with at least two words, grouped by key in text order. */
    private Map<String, List<Integer>> candidates() {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (Line line : lines) {
            String k = keys.get(line.index());
            int n = Cues.words(k).size();
            if (n >= 2 && n <= options.repeatMaxWords() && !Cues.endsSentence(line.content()) && hasLetter(k)) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(line.index());
            }
        }
        return groups;
    }

    /** Marks the group's lines, except the first when it may be the headline (rank below {@code zone}). */
    private void markGroup(
            List<Integer> group,
            boolean keepHeadline,
            int zone,
            BoilerplateKind kind,
            @Nullable BoilerplateKind[] kinds,
            Set<Integer> kept) {
        int first = group.get(0);
        if (keepHeadline && rank[first] < zone) {
            kept.add(first);
        }
        for (int i : group) {
            mark(kinds, i, kind, kept);
        }
    }

    private static void mark(@Nullable BoilerplateKind[] kinds, int i, BoilerplateKind kind, Set<Integer> kept) {
        if (kinds[i] == null && !kept.contains(i)) {
            kinds[i] = kind;
        }
    }

    /** Whether {@code line} is {@code head} with a short label glued before it or a site name after it. */
    static boolean glued(String line, String head) {
        if (head.isEmpty() || line.length() <= head.length() || Cues.words(head).size() < 3) {
            return false;
        }
        if (line.endsWith(head)) {
            String prefix = line.substring(0, line.length() - head.length()).strip();
            return !prefix.isEmpty()
                    && prefix.length() <= 30
                    && Cues.words(prefix).size() <= 3
                    && hasLetter(prefix);
        }
        if (line.startsWith(head)) {
            String rest = line.substring(head.length());
            return SUFFIX.matcher(rest).matches() && Cues.words(rest).size() <= 6;
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }
}

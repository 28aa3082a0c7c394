package io.storyline.store;

import io.storyline.core.Span;
import java.util.Comparator;
import java.util.List;

/** Picks a readable title for a story from its articles. Stateless. */
public final class StoryTitles {

    private static final int MAX = 120;

    private StoryTitles() {}

    /**
     * The title of the earliest dated article that has one (the report that broke the story), else
     * the first title, else the first non-boilerplate line of the first article; shortened.
     */
    public static String title(List<StoredArticle> articles) {
        List<StoredArticle> byDate = articles.stream()
                .sorted(Comparator.comparing(
                        (StoredArticle a) -> a.article().published(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        for (StoredArticle a : byDate) {
            String t = a.article().title();
            if (t != null && !t.isBlank()) {
                return shorten(t.strip());
            }
        }
        if (articles.isEmpty()) {
            return "";
        }
        return shorten(firstContentLine(articles.get(0)));
    }

    /** The first line of the article's text that is not boilerplate. */
    public static String firstContentLine(StoredArticle a) {
        String text = a.article().text();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty() && !inBoilerplate(a.boilerplate(), start, end)) {
                return line;
            }
            start = end + 1;
        }
        return text.strip();
    }

    private static boolean inBoilerplate(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() <= start && s.end() >= end) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        if (one.length() <= MAX) {
            return one;
        }
        int cut = one.lastIndexOf(' ', MAX - 1);
        return one.substring(0, cut > 40 ? cut : MAX - 1) + "…";
    }
}

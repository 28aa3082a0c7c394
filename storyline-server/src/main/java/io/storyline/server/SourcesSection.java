package io.storyline.server;

import io.storyline.store.StoredArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The sources of a story as an inline SVG graph: one node per article, in columns by publication day
 * (undated last), each node a link to the article page; an arrow from an article to the one it
 * derives from. Until the provenance view lands, the arrows are the near-duplicate links of story
 * assembly; upstream sources (wire agencies, outlets outside the corpus) will be drawn as extra nodes
 * from it. Below the graph, the same edges as a list, for screen readers and phones.
 */
final class SourcesSection implements Section {

    private static final int COLUMN = 170;
    private static final int ROW = 54;
    private static final int NODE_W = 150;
    private static final int NODE_H = 28;
    private static final int TOP = 34;
    private static final int LABEL = 20;

    @Override
    public String id() {
        return "sources";
    }

    @Override
    public String heading() {
        return "Sources";
    }

    @Override
    public boolean available(StoryView story) {
        return !story.articles().isEmpty();
    }

    @Override
    public void render(StoryView story, Html out) {
        Map<@Nullable LocalDate, List<StoredArticle>> columns = new LinkedHashMap<>();
        for (StoredArticle a : story.articles()) {
            columns.computeIfAbsent(a.article().published(), k -> new ArrayList<>())
                    .add(a);
        }
        Map<String, int[]> at = new HashMap<>();
        int col = 0;
        int rows = 1;
        for (List<StoredArticle> column : columns.values()) {
            for (int row = 0; row < column.size(); row++) {
                at.put(column.get(row).id(), new int[] {10 + col * COLUMN, TOP + row * ROW});
            }
            rows = Math.max(rows, column.size());
            col++;
        }
        int width = Math.max(1, col) * COLUMN;
        int height = TOP + rows * ROW;
        out.raw("<div class=\"graph\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .attr("aria-labelledby", "sources-title")
                .attr("width", String.valueOf(width))
                .attr("height", String.valueOf(height))
                .attr("viewBox", "0 0 " + width + " " + height)
                .raw("><title id=\"sources-title\">Articles of the story by day; arrows point from a copy to"
                        + " the article it derives from</title>")
                .raw(
                        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#c77d1a\"/></marker></defs>");
        col = 0;
        for (LocalDate day : columns.keySet()) {
            out.raw("<text class=\"day\"")
                    .attr("x", String.valueOf(10 + col * COLUMN))
                    .attr("y", String.valueOf(LABEL))
                    .raw(">")
                    .text(day == null ? "undated" : day.toString())
                    .raw("</text>");
            col++;
        }
        for (StoredArticle a : story.articles()) {
            edge(a, at, out);
        }
        for (StoredArticle a : story.articles()) {
            int[] xy = at.get(a.id());
            if (xy != null) {
                node(a, xy, out);
            }
        }
        out.raw("</svg></div>");
        edgeList(story, out);
    }

    private static void edge(StoredArticle a, Map<String, int[]> at, Html out) {
        String source = a.nearDuplicateOf();
        int[] from = at.get(a.id());
        int[] to = source == null ? null : at.get(source);
        if (from == null || to == null) {
            return;
        }
        int x1 = from[0] + (to[0] < from[0] ? 0 : to[0] > from[0] ? NODE_W : NODE_W / 2);
        int y1 = from[1] + (to[0] == from[0] ? (to[1] < from[1] ? 0 : NODE_H) : NODE_H / 2);
        int x2 = to[0] + (to[0] < from[0] ? NODE_W : to[0] > from[0] ? 0 : NODE_W / 2);
        int y2 = to[1] + (to[0] == from[0] ? (to[1] < from[1] ? NODE_H : 0) : NODE_H / 2);
        out.raw("<line class=\"edge\"")
                .attr("x1", String.valueOf(x1))
                .attr("y1", String.valueOf(y1))
                .attr("x2", String.valueOf(x2))
                .attr("y2", String.valueOf(y2))
                .raw(" marker-end=\"url(#arrow)\"/>");
    }

    private static void node(StoredArticle a, int[] xy, Html out) {
        String label = ArticlePage.label(a);
        String shown = label.length() > 20 ? label.substring(0, 19) + "…" : label;
        out.raw("<a").attr("href", Html.path("/articles/", a.id())).raw(">");
        out.raw("<title>")
                .text(label
                        + (a.article().title() == null ? "" : ": " + a.article().title()))
                .raw("</title>");
        out.raw("<rect")
                .attr("class", a.nearDuplicateOf() == null ? "node" : "node copy")
                .attr("x", String.valueOf(xy[0]))
                .attr("y", String.valueOf(xy[1]))
                .attr("width", String.valueOf(NODE_W))
                .attr("height", String.valueOf(NODE_H))
                .raw(" rx=\"4\"/>");
        out.raw("<text")
                .attr("x", String.valueOf(xy[0] + 8))
                .attr("y", String.valueOf(xy[1] + 18))
                .raw(">")
                .text(shown)
                .raw("</text></a>");
    }

    private static void edgeList(StoryView story, Html out) {
        Map<String, StoredArticle> byId = story.byId();
        List<StoredArticle> copies = story.articles().stream()
                .filter(a -> a.nearDuplicateOf() != null && byId.containsKey(a.nearDuplicateOf()))
                .toList();
        if (copies.isEmpty()) {
            out.raw("<p>No article of this story copies another.</p>");
            return;
        }
        out.raw("<ul class=\"edges\">");
        for (StoredArticle a : copies) {
            StoredArticle source = byId.get(a.nearDuplicateOf());
            if (source == null) {
                continue;
            }
            out.raw("<li>")
                    .link(Html.path("/articles/", a.id()), ArticlePage.label(a))
                    .raw(" nearly duplicates ");
            out.link(Html.path("/articles/", source.id()), ArticlePage.label(source))
                    .raw("</li>");
        }
        out.raw("</ul>");
    }
}

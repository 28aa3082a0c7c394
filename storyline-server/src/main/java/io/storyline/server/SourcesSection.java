package io.storyline.server;

import io.storyline.core.SourceRef;
import io.storyline.digest.StoryDigest;
import io.storyline.provenance.ProvenanceEdge;
import io.storyline.store.StoredArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The sources of a story as an inline SVG graph: one node per article, in columns by publication day
 * (undated last), each node a link to the article page; an arrow from an article to the one it
 * derives from or credits: the provenance edges of the story's digest (copy, rewrite, translation,
 * garbled copy, credits), plus the near-duplicate links of story assembly; upstream sources (wire
 * agencies, outlets outside the corpus) are drawn as extra nodes in a first column. Below the graph,
 * the same edges as a list, for screen readers and phones.
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

    /** One arrow of the graph: from the deriving or citing article to its source. */
    private record Arrow(String from, SourceRef to, String relation, boolean credited) {}

    private static List<Arrow> arrows(StoryView story) {
        List<Arrow> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        StoryDigest d = story.digest();
        if (d != null) {
            for (ProvenanceEdge e : d.evidence().provenance()) {
                if (seen.add(e.article() + "\u0000" + e.source().wire())) {
                    out.add(new Arrow(e.article(), e.source(), e.relation().label(), e.credited()));
                }
            }
        }
        for (StoredArticle a : story.articles()) {
            String source = a.nearDuplicateOf();
            if (source != null && seen.add(a.id() + "\u0000" + source)) {
                out.add(new Arrow(a.id(), SourceRef.article(source), "near-duplicate", false));
            }
        }
        return out;
    }

    @Override
    public void render(StoryView story, Html out) {
        List<Arrow> arrows = arrows(story);
        Set<SourceRef.Upstream> upstream = new java.util.LinkedHashSet<>();
        for (Arrow a : arrows) {
            if (a.to() instanceof SourceRef.Upstream u) {
                upstream.add(u);
            }
        }
        Map<@Nullable LocalDate, List<StoredArticle>> columns = new LinkedHashMap<>();
        for (StoredArticle a : story.articles()) {
            columns.computeIfAbsent(a.article().published(), k -> new ArrayList<>())
                    .add(a);
        }
        Map<String, int[]> at = new HashMap<>();
        int[] size = place(upstream, columns, at);
        open(size[0], size[1], out);
        dayLabels(!upstream.isEmpty(), columns.keySet(), out);
        for (Arrow a : arrows) {
            edge(a, at, out);
        }
        for (SourceRef.Upstream u : upstream) {
            int[] xy = at.get(u.wire());
            if (xy != null) {
                upstreamNode(u.name(), xy, out);
            }
        }
        for (StoredArticle a : story.articles()) {
            int[] xy = at.get(a.id());
            if (xy != null) {
                node(a, xy, out);
            }
        }
        out.raw("</svg></div>");
        edgeList(story, arrows, out);
    }

    /**
     * Puts the upstream sources in the first column and each day's articles in a column of their own,
     * into {@code at} (id or wire → x, y); returns the drawing's width and height.
     */
    private static int[] place(
            Set<SourceRef.Upstream> upstream,
            Map<@Nullable LocalDate, List<StoredArticle>> columns,
            Map<String, int[]> at) {
        int col = upstream.isEmpty() ? 0 : 1;
        int rows = Math.max(1, upstream.size());
        int r0 = 0;
        for (SourceRef.Upstream u : upstream) {
            at.put(u.wire(), new int[] {10, TOP + r0++ * ROW});
        }
        for (List<StoredArticle> column : columns.values()) {
            for (int row = 0; row < column.size(); row++) {
                at.put(column.get(row).id(), new int[] {10 + col * COLUMN, TOP + row * ROW});
            }
            rows = Math.max(rows, column.size());
            col++;
        }
        return new int[] {Math.max(1, col) * COLUMN, TOP + rows * ROW};
    }

    /** Opens the drawing: its size, its accessible title and the arrow head. */
    private static void open(int width, int height, Html out) {
        out.raw("<div class=\"graph\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .attr("aria-labelledby", "sources-title")
                .attr("width", String.valueOf(width))
                .attr("height", String.valueOf(height))
                .attr("viewBox", "0 0 " + width + " " + height)
                .raw("><title id=\"sources-title\">Upstream sources and articles of the story by day; arrows point"
                        + " from an article to what it derives from or credits (dashed: credits; red: derives"
                        + " without crediting)</title>")
                .raw(
                        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#c77d1a\"/></marker></defs>");
    }

    /** The column heads: "upstream" when there are upstream sources, then each day (or "undated"). */
    private static void dayLabels(boolean upstream, Set<@Nullable LocalDate> days, Html out) {
        int col = 0;
        if (upstream) {
            out.raw("<text class=\"day\" x=\"10\"")
                    .attr("y", String.valueOf(LABEL))
                    .raw(">upstream</text>");
            col = 1;
        }
        for (LocalDate day : days) {
            out.raw("<text class=\"day\"")
                    .attr("x", String.valueOf(10 + col * COLUMN))
                    .attr("y", String.valueOf(LABEL))
                    .raw(">")
                    .text(day == null ? "undated" : day.toString())
                    .raw("</text>");
            col++;
        }
    }

    private static void edge(Arrow arrow, Map<String, int[]> at, Html out) {
        int[] from = at.get(arrow.from());
        int[] to = at.get(arrow.to().wire());
        if (from == null || to == null) {
            return;
        }
        int x1 = from[0] + (to[0] < from[0] ? 0 : to[0] > from[0] ? NODE_W : NODE_W / 2);
        int y1 = from[1] + (to[0] == from[0] ? (to[1] < from[1] ? 0 : NODE_H) : NODE_H / 2);
        int x2 = to[0] + (to[0] < from[0] ? NODE_W : to[0] > from[0] ? 0 : NODE_W / 2);
        int y2 = to[1] + (to[0] == from[0] ? (to[1] < from[1] ? NODE_H : 0) : NODE_H / 2);
        String cls = arrow.relation().equals("credits")
                ? "edge credits"
                : (arrow.credited() || arrow.relation().equals("near-duplicate") ? "edge" : "edge hidden");
        out.raw("<line")
                .attr("class", cls)
                .attr("x1", String.valueOf(x1))
                .attr("y1", String.valueOf(y1))
                .attr("x2", String.valueOf(x2))
                .attr("y2", String.valueOf(y2))
                .raw(" marker-end=\"url(#arrow)\"><title>")
                .text(arrow.relation() + (arrow.credited() ? ", credited" : ", not credited"))
                .raw("</title></line>");
    }

    private static void upstreamNode(String name, int[] xy, Html out) {
        String shown = name.length() > 20 ? name.substring(0, 19) + "…" : name;
        out.raw("<g><title>")
                .text(name + " (upstream source outside the corpus)")
                .raw("</title>");
        out.raw("<rect class=\"node upstream\"")
                .attr("x", String.valueOf(xy[0]))
                .attr("y", String.valueOf(xy[1]))
                .attr("width", String.valueOf(NODE_W))
                .attr("height", String.valueOf(NODE_H))
                .raw(" rx=\"14\"/>");
        out.raw("<text")
                .attr("x", String.valueOf(xy[0] + 8))
                .attr("y", String.valueOf(xy[1] + 18))
                .raw(">")
                .text(shown)
                .raw("</text></g>");
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

    private static void edgeList(StoryView story, List<Arrow> arrows, Html out) {
        Map<String, StoredArticle> byId = story.byId();
        if (arrows.isEmpty()) {
            out.raw("<p>No article of this story derives from or credits another source.</p>");
            return;
        }
        out.raw("<ul class=\"edges\">");
        for (Arrow a : arrows) {
            StoredArticle from = byId.get(a.from());
            if (from == null) {
                continue;
            }
            out.raw("<li>")
                    .link(Html.path("/articles/", from.id()), ArticlePage.label(from))
                    .raw(" ");
            out.text(a.relation().equals("credits") ? "credits" : a.relation() + " of")
                    .raw(" ");
            StoredArticle to = byId.get(a.to().wire());
            if (to != null) {
                out.link(Html.path("/articles/", to.id()), ArticlePage.label(to));
            } else {
                out.text((a.to() instanceof SourceRef.Upstream u ? u.name() : a.to().wire()) + " (upstream)");
            }
            if (!a.credited()
                    && !a.relation().equals("credits")
                    && !a.relation().equals("near-duplicate")) {
                out.raw(" <span class=\"badge contested\">not credited</span>");
            }
            out.raw("</li>");
        }
        out.raw("</ul>");
    }
}

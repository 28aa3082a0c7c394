package io.storyline.server;

import java.util.List;

/**
 * The home page: a search form (plain GET, no script) and the stories newest first, with article
 * count, independent origins, outlets and dates; paged. Stateless.
 */
final class StoryListPage {

    private StoryListPage() {}

    static String render(StoryQuery q, List<StorySummary> matching) {
        return render(q, matching, false);
    }

    /** The page; {@code tokenRequired} says whether posting articles needs the server's write token. */
    static String render(StoryQuery q, List<StorySummary> matching, boolean tokenRequired) {
        List<StorySummary> page = q.page(matching);
        Html h = new Html(8192 + page.size() * 400);
        h.raw("<h1>Stories</h1>");
        h.raw("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">");
        field(h, "q", "Words", q.q(), "search");
        field(h, "speaker", "Speaker", q.speaker(), "text");
        field(h, "outlet", "Outlet", q.outlet(), "text");
        field(h, "from", "From", q.from() == null ? null : q.from().toString(), "date");
        field(h, "to", "To", q.to() == null ? null : q.to().toString(), "date");
        h.raw("<button type=\"submit\">Search</button></form>");
        h.raw("<p class=\"muted\">")
                .num(matching.size())
                .raw(matching.size() == 1 ? " story" : " stories")
                .raw("</p>");
        if (page.isEmpty()) {
            h.raw("<p class=\"na\">No stories")
                    .raw(matching.isEmpty() ? "." : " on this page.")
                    .raw("</p>");
        } else {
            table(h, page);
        }
        pager(h, q, matching.size());
        api(h, tokenRequired);
        return Layout.page("Stories", h.toString());
    }

    /** How to read and add articles through the JSON API. */
    private static void api(Html h, boolean tokenRequired) {
        h.raw("<p class=\"muted api\">JSON API: <code>GET /api/stories</code>, <code>/api/stories/{id}</code>,")
                .raw(" <code>/api/articles/{id}</code> (<a href=\"/api/openapi.json\">OpenAPI</a>). Add articles with")
                .raw(" <code>POST /api/articles</code> (Content-Type <code>application/json</code>)");
        if (tokenRequired) {
            h.raw(" and the header <code>Authorization: Bearer TOKEN</code>, the token this server was started with")
                    .raw(
                            " (<code>--token-file</code> or <code>STORYLINE_TOKEN</code>); without it a write gets 401.</p>");
        } else {
            h.raw(" from this machine; this server takes no token (give <code>serve</code> one with")
                    .raw(" <code>--token-file</code> or <code>STORYLINE_TOKEN</code> to require it).</p>");
        }
    }

    private static void field(
            Html h, String name, String label, @org.jspecify.annotations.Nullable String value, String type) {
        h.raw("<label>")
                .text(label)
                .raw("<input")
                .attr("type", type)
                .attr("name", name)
                .attr("value", value);
        h.raw("></label>");
    }

    private static void table(Html h, List<StorySummary> page) {
        h.raw("<table class=\"stories\"><thead><tr><th scope=\"col\">Story</th><th scope=\"col\">Articles</th>")
                .raw("<th scope=\"col\">Independent origins</th><th scope=\"col\">Outlets</th>")
                .raw("<th scope=\"col\">Dates</th></tr></thead><tbody>");
        for (StorySummary s : page) {
            h.raw("<tr><td>").link(Html.path("/stories/", s.id()), s.title()).raw("</td>");
            h.raw("<td class=\"n\" data-label=\"Articles\">").num(s.articles()).raw("</td>");
            h.raw("<td class=\"n\" data-label=\"Independent origins\">")
                    .num(s.independentOrigins())
                    .raw("</td>");
            h.raw("<td data-label=\"Outlets\">").text(outlets(s.outlets())).raw("</td>");
            h.raw("<td data-label=\"Dates\">").text(dates(s)).raw("</td></tr>");
        }
        h.raw("</tbody></table>");
    }

    private static String outlets(List<String> outlets) {
        if (outlets.isEmpty()) {
            return "—";
        }
        String shown = String.join(", ", outlets.subList(0, Math.min(5, outlets.size())));
        return outlets.size() > 5 ? shown + " and " + (outlets.size() - 5) + " more" : shown;
    }

    private static String dates(StorySummary s) {
        if (s.first() == null || s.last() == null) {
            return "undated";
        }
        return s.first().equals(s.last()) ? s.first().toString() : s.first() + " – " + s.last();
    }

    private static void pager(Html h, StoryQuery q, int total) {
        int pages = Math.max(1, (total + q.size() - 1) / q.size());
        if (pages == 1) {
            return;
        }
        h.raw("<nav aria-label=\"Pages\"><p>");
        if (q.page() > 1) {
            h.raw("<a rel=\"prev\"").attr("href", pageHref(q, q.page() - 1)).raw(">← Newer</a> ");
        }
        h.raw("Page ").num(q.page()).raw(" of ").num(pages);
        if (q.page() < pages) {
            h.raw(" <a rel=\"next\"").attr("href", pageHref(q, q.page() + 1)).raw(">Older →</a>");
        }
        h.raw("</p></nav>");
    }

    private static String pageHref(StoryQuery q, int page) {
        StringBuilder sb = new StringBuilder("/?page=").append(page);
        append(sb, "q", q.q());
        append(sb, "speaker", q.speaker());
        append(sb, "outlet", q.outlet());
        append(sb, "from", q.from() == null ? null : q.from().toString());
        append(sb, "to", q.to() == null ? null : q.to().toString());
        if (q.size() != StoryQuery.DEFAULT_SIZE) {
            sb.append("&size=").append(q.size());
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, @org.jspecify.annotations.Nullable String value) {
        if (value != null) {
            sb.append('&')
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}

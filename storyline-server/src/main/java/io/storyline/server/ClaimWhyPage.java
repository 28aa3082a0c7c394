package io.storyline.server;

import io.storyline.claims.Claim;
import io.storyline.claims.PairEvidence;
import io.storyline.claims.Support;
import java.util.List;
import java.util.Locale;

/**
 * The page that says why a claim's statements were joined: each statement, then for each pair of them
 * what they share and the score grouping used, with the features behind it. Every value is escaped.
 */
final class ClaimWhyPage {

    private ClaimWhyPage() {}

    static String render(StoryView story, Claim claim, List<PairEvidence> pairs) {
        Html h = new Html(4096);
        List<String> order = List.copyOf(story.byId().keySet());
        h.raw("<p><a")
                .attr("href", Html.path("/stories/", story.id()) + "#claim-" + claim.id())
                .raw(">")
                .text("← " + story.title())
                .raw("</a></p><h1>")
                .text("Why claim " + claim.id() + " joins these statements")
                .raw("</h1><p>")
                .text(claim.text())
                .raw("</p><ol class=\"support\">");
        for (Support s : claim.support()) {
            h.raw("<li>")
                    .text("[" + (order.indexOf(s.article()) + 1) + "] " + s.text())
                    .raw("</li>");
        }
        h.raw("</ol>");
        if (claim.support().size() < 2) {
            h.raw("<p>").text("One statement: nothing was joined.").raw("</p>");
        } else if (pairs.isEmpty()) {
            h.raw("<p>").text("No candidate pair between its statements.").raw("</p>");
        } else {
            h.raw("<table class=\"why\"><thead><tr><th>pair</th><th>score</th><th>cosine</th>"
                    + "<th>story-specific evidence</th><th>names shared / mismatched</th>"
                    + "<th>numbers mismatched</th><th>shared words, names, numbers (rarest first)</th></tr></thead>"
                    + "<tbody>");
            for (PairEvidence p : pairs) {
                h.raw("<tr><td>")
                        .text("[" + (order.indexOf(p.a().article()) + 1) + "] + ["
                                + (order.indexOf(p.b().article()) + 1) + "]")
                        .raw("</td><td>")
                        .text(fmt(p.score()))
                        .raw("</td><td>")
                        .text(fmt(p.features().getOrDefault("cosine", 0.0)))
                        .raw("</td><td>")
                        .text(fmt(p.features().getOrDefault("idfShared", 0.0)))
                        .raw("</td><td>")
                        .text(String.format(
                                Locale.ROOT,
                                "%.0f / %.2f",
                                Math.expm1(p.features().getOrDefault("sharedNames", 0.0)),
                                p.features().getOrDefault("nameMismatch", 0.0)))
                        .raw("</td><td>")
                        .text(fmt(p.features().getOrDefault("numberMismatch", 0.0)))
                        .raw("</td><td>")
                        .text(String.join(", ", p.shared()))
                        .raw("</td></tr>");
            }
            h.raw("</tbody></table>");
        }
        return Layout.page("Claim " + claim.id() + " — " + story.title(), h.toString());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}

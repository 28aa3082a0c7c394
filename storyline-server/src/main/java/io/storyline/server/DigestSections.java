package io.storyline.server;

import io.storyline.claims.Claim;
import io.storyline.claims.ClaimStatus;
import io.storyline.claims.Support;
import io.storyline.digest.StoryDigest;
import io.storyline.digest.SummarySentence;
import io.storyline.digest.TimelineEntry;
import io.storyline.store.StoredArticle;
import java.util.List;
import java.util.Map;

/**
 * The story-digest sections of the story page: the summary with its citations, the timeline and the
 * claims with their corroboration status. Each shows "being computed" while the story's digest is
 * computed in the background. Stateless.
 */
final class DigestSections {

    private DigestSections() {}

    /** Claims shown at most on a page (the JSON API has them all). */
    static final int MAX_CLAIMS = 60;

    static List<Section> all() {
        return List.of(new Summary(), new Timeline(), new Claims());
    }

    private static boolean pending(StoryView story, Html out) {
        if (story.digest() == null) {
            out.raw("<p class=\"na\">Being computed: reload the page in a moment.</p>");
            return true;
        }
        return false;
    }

    /** Links "[n]" to each cited article, n its place in the story's article list. */
    private static void cite(StoryView story, List<String> articles, Html out) {
        Map<String, StoredArticle> byId = story.byId();
        List<String> order = List.copyOf(byId.keySet());
        out.raw("<span class=\"cites\">");
        for (String id : articles) {
            StoredArticle a = byId.get(id);
            int n = order.indexOf(id) + 1;
            out.raw("<a class=\"cite\"")
                    .attr("href", Html.path("/articles/", id))
                    .attr("title", a == null ? id : ArticlePage.label(a))
                    .raw(">[")
                    .text(String.valueOf(n))
                    .raw("]</a>");
        }
        out.raw("</span>");
    }

    private static void status(ClaimStatus status, int origins, Html out) {
        out.raw(" <span class=\"badge ")
                .text(status.label())
                .raw("\">")
                .text(status.label() + ", " + origins + (origins == 1 ? " origin" : " origins"))
                .raw("</span>");
    }

    /** The summary: verbatim sentences, each citing every article that states it. */
    static final class Summary implements Section {
        @Override
        public String id() {
            return "summary";
        }

        @Override
        public String heading() {
            return "Summary";
        }

        @Override
        public boolean available(StoryView story) {
            StoryDigest d = story.digest();
            return d == null || !d.summary().isEmpty();
        }

        @Override
        public void render(StoryView story, Html out) {
            if (pending(story, out)) {
                return;
            }
            StoryDigest d = java.util.Objects.requireNonNull(story.digest());
            out.raw("<ul class=\"summary\">");
            for (SummarySentence s : d.summary()) {
                out.raw("<li>").text(s.text()).raw(" ");
                cite(story, s.citations(), out);
                status(s.status(), s.independentOrigins(), out);
                out.raw("</li>");
            }
            out.raw("</ul>");
        }
    }

    /** The timeline: dated events in order, with the articles dating them. */
    static final class Timeline implements Section {
        @Override
        public String id() {
            return "timeline";
        }

        @Override
        public String heading() {
            return "Timeline";
        }

        @Override
        public boolean available(StoryView story) {
            StoryDigest d = story.digest();
            return d == null || !d.timeline().isEmpty();
        }

        @Override
        public void render(StoryView story, Html out) {
            if (pending(story, out)) {
                return;
            }
            StoryDigest d = java.util.Objects.requireNonNull(story.digest());
            out.raw("<table class=\"timeline\"><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">What happened"
                    + "</th><th scope=\"col\">Sources</th></tr></thead><tbody>");
            for (TimelineEntry t : d.timeline()) {
                out.raw("<tr><td><time>").text(t.date()).raw("</time>");
                if (t.inferred()) {
                    out.raw(" <span class=\"badge\">inferred</span>");
                }
                out.raw("</td><td>")
                        .text(t.text())
                        .raw(" <span class=\"expr\">(“")
                        .text(t.expression());
                out.raw("”)</span></td><td>");
                cite(story, t.articles(), out);
                out.raw("</td></tr>");
            }
            out.raw("</tbody></table>");
        }
    }

    /** Claims stated by two or more articles, and contested ones, with status and independent origins. */
    static final class Claims implements Section {
        @Override
        public String id() {
            return "claims";
        }

        @Override
        public String heading() {
            return "Claims";
        }

        @Override
        public boolean available(StoryView story) {
            StoryDigest d = story.digest();
            return d == null || !d.evidence().claims().isEmpty();
        }

        @Override
        public void render(StoryView story, Html out) {
            if (pending(story, out)) {
                return;
            }
            StoryDigest d = java.util.Objects.requireNonNull(story.digest());
            List<Claim> shown = d.evidence().claims().stream()
                    .filter(c -> c.articles().size() > 1 || c.status() == ClaimStatus.CONTESTED)
                    .limit(MAX_CLAIMS)
                    .toList();
            long corroborated = d.evidence().claims().stream()
                    .filter(c -> c.status() == ClaimStatus.CORROBORATED)
                    .count();
            out.raw("<p>")
                    .text(d.evidence().claims().size() + " claims, " + corroborated
                            + " corroborated by two or more independent origins; shown: claims stated by"
                            + " several articles and contested ones.")
                    .raw("</p><ol class=\"claims\">");
            for (Claim c : shown) {
                out.raw("<li").attr("id", "claim-" + c.id()).raw("><p>").text(c.text());
                status(c.status(), c.independentOrigins(), out);
                if (c.quote()) {
                    out.raw(" <span class=\"role\">")
                            .text("said by " + (c.speaker() == null ? "an unnamed source" : c.speaker()))
                            .raw("</span>");
                }
                out.raw("</p>");
                if (!c.contradicts().isEmpty()) {
                    out.raw("<p class=\"contra\">Contradicted by ");
                    for (String other : c.contradicts()) {
                        out.raw("<a")
                                .attr("href", "#claim-" + other)
                                .raw(">")
                                .text(other)
                                .raw("</a> ");
                    }
                    out.raw("</p>");
                }
                if (c.support().size() > 1) {
                    out.raw("<p class=\"why\"><a")
                            .attr("href", Html.path("/stories/", story.id()) + "/claims/" + c.id() + "/why")
                            .raw(">")
                            .text("why these statements are one claim")
                            .raw("</a></p>");
                }
                out.raw("<ul class=\"support\">");
                for (Support s : c.support()) {
                    out.raw("<li>").text(s.text()).raw(" ");
                    cite(story, List.of(s.article()), out);
                    out.raw("</li>");
                }
                out.raw("</ul></li>");
            }
            out.raw("</ol>");
        }
    }
}

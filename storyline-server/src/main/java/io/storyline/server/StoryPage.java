package io.storyline.server;

import java.util.List;

/**
 * The story page: title, counts and dates, then one section after another from {@link #SECTIONS},
 * each under its heading, or "Not available yet." when the story has nothing for it. Stateless.
 */
final class StoryPage {

    /**
     * The sections in page order. A new story-level view gets a {@link Section} here once it is in
     * {@link StoryView}.
     */
    static final List<Section> SECTIONS = List.of(
            new DigestSections.Summary(),
            new DigestSections.Timeline(),
            new SourcesSection(),
            new DigestSections.Claims(),
            new QuotesSection(),
            new CoverageSection());

    private StoryPage() {}

    static String render(StoryView story, List<Section> sections) {
        Html h = new Html(64 * 1024);
        h.element("h1", story.title());
        long outlets = story.articles().stream()
                .map(a -> a.article().outlet())
                .filter(o -> o != null && !o.isBlank())
                .distinct()
                .count();
        h.raw("<p class=\"meta\">")
                .num(story.articles().size())
                .raw(story.articles().size() == 1 ? " article" : " articles");
        h.raw(" · ").num(outlets).raw(outlets == 1 ? " outlet" : " outlets");
        h.raw(" · ")
                .num(story.articles().stream().mapToInt(a -> a.quotes().size()).sum())
                .raw(" quotes · story <code>")
                .text(story.id())
                .raw("</code>");
        h.raw(" · <a").attr("href", Html.path("/api/stories/", story.id())).raw(">JSON</a></p>");
        h.raw("<nav aria-label=\"Sections\"><p>");
        for (Section s : sections) {
            h.raw("<a").attr("href", "#" + s.id()).raw(">").text(s.heading()).raw("</a> ");
        }
        h.raw("</p></nav>");
        if (story.stale()) {
            h.raw("<p class=\"na\" role=\"status\">")
                    .text("The summary, timeline, sources, claims and quote groups below are from an earlier version"
                            + " of this story: it has changed since, and they are being computed again. Reload the"
                            + " page in a moment.")
                    .raw("</p>");
        }
        for (Section s : sections) {
            h.raw("<section")
                    .attr("id", s.id())
                    .attr("aria-labelledby", s.id() + "-h")
                    .raw(">");
            h.raw("<h2").attr("id", s.id() + "-h").raw(">").text(s.heading()).raw("</h2>");
            if (s.available(story)) {
                s.render(story, h);
            } else {
                h.raw("<p class=\"na\">Not available yet.</p>");
            }
            h.raw("</section>");
        }
        return Layout.page(story.title(), h.toString());
    }
}

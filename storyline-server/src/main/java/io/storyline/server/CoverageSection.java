package io.storyline.server;

import io.storyline.store.StoredArticle;

/** The story's articles in story order: date, outlet and title, each a link to its article page. */
final class CoverageSection implements Section {

    @Override
    public String id() {
        return "articles";
    }

    @Override
    public String heading() {
        return "Articles";
    }

    @Override
    public boolean available(StoryView story) {
        return !story.articles().isEmpty();
    }

    @Override
    public void render(StoryView story, Html out) {
        out.raw("<ol class=\"articles\">");
        for (StoredArticle a : story.articles()) {
            out.raw("<li>");
            if (a.article().published() != null) {
                out.raw("<time>").text(a.article().published().toString()).raw("</time> ");
            }
            if (a.article().outlet() != null) {
                out.raw("<span class=\"outlet\">").text(a.article().outlet()).raw("</span> ");
            }
            out.link(Html.path("/articles/", a.id()), ArticlePage.headline(a));
            if (a.nearDuplicateOf() != null) {
                out.raw(" <span class=\"flag\">near-duplicate</span>");
            }
            out.raw("</li>");
        }
        out.raw("</ol>");
    }
}

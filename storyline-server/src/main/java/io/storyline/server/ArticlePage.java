package io.storyline.server;

import io.storyline.claims.Claim;
import io.storyline.claims.Support;
import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.digest.StoryDigest;
import io.storyline.quotes.Quote;
import io.storyline.store.StoredArticle;
import io.storyline.store.StoryDigests;
import io.storyline.store.StoryTitles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The article page: title, outlet, date, link to the original (http(s) only), its story, and the
 * text exactly as ingested with its quotes, speaker mentions and removed boilerplate marked by
 * offsets; then its quotes and claims. Everything from the article is escaped. Stateless.
 */
final class ArticlePage {

    private ArticlePage() {}

    static String render(StoredArticle s, String storyTitle) {
        return render(s, storyTitle, null);
    }

    /**
     * The page of {@code s}; with its story's {@code digest} (null while it is computed) the claims the
     * article states are highlighted in the text and listed with their status, and its flags shown.
     */
    static String render(StoredArticle s, String storyTitle, @Nullable StoryDigest digest) {
        List<Claim> claims = digest == null
                ? List.of()
                : digest.evidence().claims().stream()
                        .filter(c -> c.articles().contains(s.id()))
                        .toList();
        Article a = s.article();
        Html h = new Html(a.text().length() * 2 + 4096);
        h.raw("<article><p class=\"meta\"><a")
                .attr("href", Html.path("/stories/", s.story()))
                .raw(">Story: ");
        h.text(storyTitle).raw("</a></p>");
        h.element("h1", headline(s));
        meta(s, digest, h);
        h.raw(
                        "<p class=\"legend muted\"><span class=\"claim\">claim</span><mark class=\"quote\">quote</mark><span class=\"speaker\">speaker</span>")
                .raw("<span class=\"boilerplate\">removed boilerplate</span></p>");
        h.raw("<h2 id=\"text\">Text</h2><div class=\"text\">");
        List<TextMarkup.Mark> marks = new ArrayList<>();
        for (Claim c : claims) {
            for (Support sup : c.support()) {
                if (sup.article().equals(s.id()) && sup.span().end() <= a.text().length()) {
                    marks.add(new TextMarkup.Mark(sup.span(), "claim", "c-" + c.id()));
                }
            }
        }
        marks.addAll(marks(s));
        TextMarkup.write(a.text(), marks, h);
        h.raw("</div>");
        quotes(s, h);
        claimList(claims, digest != null, h);
        h.raw("</section></article>");
        return Layout.page(headline(s), h.toString());
    }

    /** The line under the headline: outlet, date, link to the original, id, near-duplicate and flags. */
    private static void meta(StoredArticle s, @Nullable StoryDigest digest, Html h) {
        Article a = s.article();
        h.raw("<p class=\"meta\">");
        if (a.outlet() != null) {
            h.raw("<span class=\"outlet\">").text(a.outlet()).raw("</span> · ");
        }
        h.text(a.published() == null ? "undated" : a.published().toString());
        String url = Html.safeUrl(a.url());
        if (url != null) {
            h.raw(" · <a rel=\"noopener noreferrer nofollow\"")
                    .attr("href", url)
                    .raw(">original</a>");
        } else if (a.url() != null) {
            h.raw(" · <span class=\"url\">").text(a.url()).raw("</span>");
        }
        h.raw(" · id <code>").text(a.id()).raw("</code>");
        if (s.nearDuplicateOf() != null) {
            h.raw(" · near-duplicate of ").link(Html.path("/articles/", s.nearDuplicateOf()), s.nearDuplicateOf());
        }
        if (digest != null) {
            for (String f : StoryDigests.flags(digest, s.id())) {
                h.raw(" <span class=\"flag\">").text(f).raw("</span>");
            }
        }
        h.raw("</p>");
    }

    /** The claims the article supports, with their status; "being computed" before the first digest. */
    private static void claimList(List<Claim> claims, boolean digested, Html h) {
        h.raw("<section aria-labelledby=\"claims-h\"><h2 id=\"claims-h\">Claims</h2>");
        if (!digested) {
            h.raw("<p class=\"na\">Being computed: reload the page in a moment.</p>");
        } else if (claims.isEmpty()) {
            h.raw("<p class=\"na\">No claims found.</p>");
        } else {
            h.raw("<ul class=\"claims\">");
            for (Claim c : claims) {
                h.raw("<li><a")
                        .attr("href", "#c-" + c.id())
                        .raw(">")
                        .text(c.text())
                        .raw("</a> <span class=\"badge ");
                h.text(c.status().label())
                        .raw("\">")
                        .text(c.status().label() + ", " + c.independentOrigins()
                                + (c.independentOrigins() == 1 ? " origin" : " origins") + ", "
                                + c.articles().size()
                                + (c.articles().size() == 1 ? " article" : " articles"));
                h.raw("</span></li>");
            }
            h.raw("</ul>");
        }
    }

    private static List<TextMarkup.Mark> marks(StoredArticle s) {
        List<TextMarkup.Mark> marks = new ArrayList<>();
        for (Span b : s.boilerplate()) {
            marks.add(new TextMarkup.Mark(b, "boilerplate", ""));
        }
        for (Quote q : s.quotes()) {
            marks.add(new TextMarkup.Mark(q.span(), "quote", anchor(q)));
            if (q.speakerSpan() != null) {
                marks.add(new TextMarkup.Mark(q.speakerSpan(), "speaker", ""));
            }
        }
        return marks;
    }

    private static void quotes(StoredArticle s, Html h) {
        h.raw("<section aria-labelledby=\"quotes-h\"><h2 id=\"quotes-h\">Quotes</h2>");
        if (s.quotes().isEmpty()) {
            h.raw("<p class=\"na\">No quotes found.</p></section>");
            return;
        }
        h.raw("<ul class=\"quotes\">");
        String text = s.article().text();
        for (Quote q : s.quotes()) {
            h.raw("<li><a").attr("href", "#" + anchor(q)).raw("><q>").text(safeText(q.span(), text));
            h.raw("</q></a> <span class=\"src\">— ");
            h.text(q.speaker() != null ? q.speaker() : q.anonymous() ? "unnamed source" : "unresolved");
            if (q.speakerText() != null && !q.speakerText().equals(q.speaker())) {
                h.raw(" (“").text(q.speakerText()).raw("”)");
            }
            h.raw(" <span class=\"kind\">")
                    .text(q.kind().name().toLowerCase(Locale.ROOT))
                    .raw("</span></span></li>");
        }
        h.raw("</ul></section>");
    }

    private static String safeText(Span span, String text) {
        int s = Math.max(0, Math.min(text.length(), span.start()));
        int e = Math.max(s, Math.min(text.length(), span.end()));
        return text.substring(s, e);
    }

    /** The HTML id of a quote on the article page. */
    static String anchor(Quote q) {
        return "q-" + q.span().start() + "-" + q.span().end();
    }

    /** The link to a quote's place on its article page. */
    static String quoteHref(String articleId, Quote q) {
        return Html.path("/articles/", articleId) + "#" + anchor(q);
    }

    /** A short name for an article: its outlet, else its id. */
    static String label(StoredArticle a) {
        String outlet = a.article().outlet();
        return outlet == null || outlet.isBlank() ? a.id() : outlet.strip();
    }

    /** The article's title, else its first line of content. */
    static String headline(StoredArticle a) {
        String t = a.article().title();
        if (t != null && !t.isBlank()) {
            return t.strip();
        }
        String line = StoryTitles.firstContentLine(a);
        return line.length() > 140 ? line.substring(0, 139) + "…" : line;
    }
}

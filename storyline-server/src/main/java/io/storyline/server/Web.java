package io.storyline.server;

import io.javalin.http.Context;
import io.storyline.digest.StoryDigest;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import java.time.Duration;
import java.util.List;

/** The server-rendered pages: story list, story, article. Thread-safe. */
final class Web {

    static final String HTML = "text/html; charset=utf-8";

    /** How long a story page waits for a digest being computed before it shows the story without it. */
    static final Duration DIGEST_WAIT = Duration.ofMillis(100);

    private final Store store;
    private final Catalog catalog;
    private final StoryViews views;
    private final List<Section> sections;
    private final boolean tokenRequired;

    Web(Store store, Catalog catalog, StoryViews views, List<Section> sections, boolean tokenRequired) {
        this.store = store;
        this.catalog = catalog;
        this.views = views;
        this.sections = List.copyOf(sections);
        this.tokenRequired = tokenRequired;
    }

    void home(Context ctx) {
        StoryQuery q = StoryQuery.parse(ctx.queryParamMap(), false);
        ctx.contentType(HTML).result(StoryListPage.render(q, catalog.find(q), tokenRequired));
    }

    void story(Context ctx) {
        String id = ctx.pathParam("id");
        StoryView view =
                views.view(id, DIGEST_WAIT).orElseThrow(() -> ApiException.notFound("No story \"" + id + "\"."));
        ctx.contentType(HTML).result(StoryPage.render(view, sections));
    }

    /** Why a claim's statements were joined: computes the digest if it is not there yet. */
    void claimWhy(Context ctx) {
        String id = ctx.pathParam("id");
        String claimId = ctx.pathParam("claim");
        StoryView view =
                views.view(id, DIGEST_WAIT).orElseThrow(() -> ApiException.notFound("No story \"" + id + "\"."));
        StoryDigest current = view.currentDigest();
        StoryDigest d = current != null ? current : views.digest(view.articles());
        io.storyline.claims.Claim claim = java.util.Objects.requireNonNull(d).evidence().claims().stream()
                .filter(c -> c.id().equals(claimId))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Story \"" + id + "\" has no claim \"" + claimId + "\"."));
        List<io.storyline.claims.PairEvidence> pairs = views.digests()
                .digester()
                .why(
                        view.articles().stream()
                                .map(io.storyline.store.StoryDigests::input)
                                .toList(),
                        claim);
        ctx.contentType(HTML).result(ClaimWhyPage.render(view, claim, pairs));
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        StoredArticle a = store.article(id).orElseThrow(() -> ApiException.notFound("No article \"" + id + "\"."));
        String storyTitle = catalog.summary(a.story()).map(StorySummary::title).orElse(a.story());
        StoryDigest digest =
                views.view(a.story(), DIGEST_WAIT).map(StoryView::currentDigest).orElse(null);
        ctx.contentType(HTML).result(ArticlePage.render(a, storyTitle, digest));
    }

    /** The error page for {@code status} with {@code reason} (escaped). */
    static String errorPage(int status, String reason) {
        Html h = new Html(512);
        h.raw("<h1>")
                .text(status == 404 ? "Not found" : "Cannot show this page")
                .raw("</h1>");
        h.raw("<p>").text(reason).raw("</p><p><a href=\"/\">All stories</a></p>");
        return Layout.page(status == 404 ? "Not found" : "Error", h.toString());
    }
}

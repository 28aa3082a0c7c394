package io.storyline.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.storyline.analysis.Pipeline;
import io.storyline.store.Store;
import io.storyline.store.StoryDigests;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code storyline serve}: the REST API under {@code /api} (OpenAPI document at
 * {@code /api/openapi.json}) and the web UI ({@code /}, {@code /stories/{id}}, {@code /articles/{id}})
 * over one {@link Store}, on Javalin (Jetty 12). Reads the store on every request, so articles added
 * by {@code analyze} in another process, or posted here, show at once. Every response carries a
 * Content-Security-Policy that forbids scripts (pages have none) and a {@code Server-Timing} header
 * with the time spent in the handler. With a write token ({@link ServerOptions#token}) every write
 * needs it ({@link WriteGuard}); CORS is off unless origins are configured. Errors are JSON under {@code /api} and pages elsewhere; the
 * server keeps serving after any of them. Thread-safe; close it to stop.
 */
public final class StorylineServer implements AutoCloseable {

    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self';"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final String STARTED = "storyline.started";
    private static final String RESPONDED = "storyline.responded";

    private final Javalin app;
    private final ArticleIntake intake;
    private final StoryViews views;

    private StorylineServer(Javalin app, ArticleIntake intake, StoryViews views) {
        this.app = app;
        this.intake = intake;
        this.views = views;
    }

    /**
     * Starts serving {@code store}; story views come from {@code digests} (give it a cache), posted
     * articles are analysed with the pipeline from {@code pipeline}, built on the first post.
     */
    public static StorylineServer start(
            Store store, StoryDigests digests, Supplier<Pipeline> pipeline, ServerOptions options) {
        StoryArticles articles = new StoryArticles(32);
        Catalog catalog = new Catalog(store, articles);
        catalog.stories(); // summarise the store now, not on the first request
        ArticleIntake intake = new ArticleIntake(store, pipeline, options.threads(), options.maxBodyBytes());
        StoryViews views = new StoryViews(store, catalog, articles, digests);
        Api api = new Api(
                store, catalog, views, intake, options.maxBodyBytes(), ServerOptions.isLoopback(options.host()));
        WriteGuard guard = new WriteGuard(options.token(), options.corsOrigins());
        Web web = new Web(store, catalog, views, StoryPage.SECTIONS, guard.tokenRequired());
        byte[] openapi = resource("openapi.json");
        Javalin app = Javalin.create(cfg -> configure(cfg, options, api, web, openapi, guard));
        try {
            app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            intake.close();
            views.close();
            throw e;
        }
        return new StorylineServer(app, intake, views);
    }

    private static void configure(
            JavalinConfig cfg, ServerOptions options, Api api, Web web, byte[] openapi, WriteGuard guard) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = options.maxBodyBytes();
        cfg.routes.before(ctx -> {
            ctx.attribute(STARTED, System.nanoTime());
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            guard.check(ctx);
        });
        cfg.routes.after(StorylineServer::timing);
        cfg.routes.get("/", web::home);
        cfg.routes.get("/stories/{id}", web::story);
        cfg.routes.get("/stories/{id}/claims/{claim}/why", web::claimWhy);
        cfg.routes.get("/articles/{id}", web::article);
        cfg.routes.get("/api/openapi.json", ctx -> ctx.contentType(Api.JSON).result(openapi));
        cfg.routes.get("/api/stories", api::stories);
        cfg.routes.get("/api/stories/{id}", api::story);
        cfg.routes.get("/api/articles/{id}", api::article);
        cfg.routes.post("/api/articles", api::addArticles);
        if (guard.corsOn()) {
            cfg.routes.options("/api/*", ctx -> ctx.status(204));
        }
        cfg.routes.exception(ApiException.class, (e, ctx) -> fail(ctx, api, e.status(), e.reason(), e.field()));
        cfg.routes.exception(
                Exception.class,
                (e, ctx) -> fail(
                        ctx,
                        api,
                        500,
                        "internal error (" + e.getClass().getSimpleName() + "); the server goes on",
                        null));
        cfg.routes.error(404, ctx -> {
            if (ctx.attribute(RESPONDED) == null) {
                fail(ctx, api, 404, "no such page or endpoint: " + ctx.method() + " " + ctx.path(), null);
            }
        });
    }

    private static void fail(
            Context ctx, Api api, int status, String reason, @org.jspecify.annotations.Nullable String field) {
        ctx.attribute(RESPONDED, true);
        ctx.status(status);
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"storyline\"");
        } else if (status == 503) {
            ctx.header("Retry-After", "10");
        }
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            ctx.contentType(Api.JSON).result(api.error(reason, field));
        } else {
            ctx.contentType(Web.HTML).result(Web.errorPage(status, reason));
        }
    }

    private static void timing(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started != null) {
            double ms = (System.nanoTime() - started) / 1e6;
            ctx.header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", ms));
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = StorylineServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the server's classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The port the server listens on (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        intake.close();
        views.close();
    }
}

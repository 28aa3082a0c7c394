/**
 * The REST API and the server-rendered web UI over a Storyline data directory (Javalin).
 *
 * <p>Entry point: {@code StorylineServer.start(options)}; {@code Api} answers {@code /api/...} with
 * the contract's JSON (and takes POSTed articles through {@code ArticleIntake}); the pages ({@code
 * StoryListPage}, {@code StoryPage}, {@code ArticlePage}, {@code ClaimWhyPage}) are written through
 * the escaping {@code Html} writer and read stored story digests.
 */
@NullMarked
package io.storyline.server;

import org.jspecify.annotations.NullMarked;

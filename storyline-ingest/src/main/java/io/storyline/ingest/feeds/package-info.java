/**
 * Watching RSS 2.0 and Atom feeds: polling them politely, fetching new entries' pages, extracting them
 * as articles, and remembering what was seen across restarts ({@link io.storyline.ingest.feeds.FeedWatcher}).
 */
@NullMarked
package io.storyline.ingest.feeds;

import org.jspecify.annotations.NullMarked;

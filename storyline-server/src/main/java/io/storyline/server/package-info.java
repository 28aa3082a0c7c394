/** The REST API and the server-rendered web UI over a Storyline data directory (Javalin). */
@NullMarked
package io.storyline.server;

import org.jspecify.annotations.NullMarked;

/**
 * Time expressions: finding them in article text and resolving them (TIMEX3 style) against the
 * article's publication date, the last date the text mentioned, and the tense around them.
 *
 * <p>Entry point: {@link io.storyline.time.RuleTimeFinder}.
 */
@NullMarked
package io.storyline.time;

import org.jspecify.annotations.NullMarked;

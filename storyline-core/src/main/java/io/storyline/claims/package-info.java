/**
 * Claims of a story: the statement units of each article, their alignment across articles (same
 * assertion in other words), claims with their support, independent origins and status.
 */
@NullMarked
package io.storyline.claims;

import org.jspecify.annotations.NullMarked;

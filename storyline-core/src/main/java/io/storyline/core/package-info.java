/** Domain values shared by every stage: articles and spans. */
@NullMarked
package io.storyline.core;

import org.jspecify.annotations.NullMarked;

/**
 * Domain values shared by every stage (articles and spans) and the logistic models behind the
 * learned decisions: {@code LogisticRegression} fits them, {@code LogisticModelFile} reads and
 * writes their resource files.
 */
@NullMarked
package io.storyline.core;

import org.jspecify.annotations.NullMarked;

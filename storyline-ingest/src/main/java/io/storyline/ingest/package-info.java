/**
 * Reading articles into Storyline: plain text, HTML (main-text extraction), JSON and JSON Lines
 * files, with every bad input reported and skipped rather than failing the batch.
 */
@NullMarked
package io.storyline.ingest;

import org.jspecify.annotations.NullMarked;

/**
 * Where the articles of a story come from: copies, rewrites, translations and garbled copies of one
 * another, the upstream sources they credit (or derive from without credit), and quality flags.
 *
 * <p>Entry point: {@link io.storyline.provenance.StoryEvidenceAnalyzer#analyze}, which runs the claims
 * path (package {@code claims}) and then {@link io.storyline.provenance.DerivationFinder}, {@link
 * io.storyline.provenance.TranslationFinder}, {@link io.storyline.provenance.GarbleDetector} and {@link
 * io.storyline.provenance.CreditFinder}, returning one {@link io.storyline.provenance.StoryEvidence}
 * (claims, {@link io.storyline.provenance.ProvenanceEdge}s with their evidence and direction, credits,
 * {@link io.storyline.provenance.ArticleFlag}s); {@code why} gives the pair evidence of one claim.
 */
@NullMarked
package io.storyline.provenance;

import org.jspecify.annotations.NullMarked;

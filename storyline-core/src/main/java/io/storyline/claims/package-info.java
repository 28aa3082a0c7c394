/**
 * Claims of a story: the statement units of each article, their alignment across articles (same
 * assertion in other words), claims with their support, independent origins and status.
 *
 * <p>The path, driven by {@link io.storyline.provenance.StoryEvidenceAnalyzer}: {@link
 * io.storyline.claims.UnitExtractor} cuts each article ({@link io.storyline.claims.ClaimInput}) into
 * {@link io.storyline.claims.ClaimUnit}s; {@link io.storyline.claims.StoryAlignment} aligns them across
 * articles with {@link io.storyline.claims.StatementAligner} (lexical evidence and embeddings, copies
 * compared once through {@link io.storyline.claims.Copies}); {@link io.storyline.claims.ClaimLinker}
 * scores the candidate pairs (with the learned {@link io.storyline.claims.ClaimPairModel} over {@link
 * io.storyline.claims.AssertionFeatures} when given); {@link io.storyline.claims.ClaimClusterer} groups
 * them into {@link io.storyline.claims.Claim}s without chaining and counts independent origins. {@code
 * storyline eval claims} scores the result against gold claims and ECB+ event chains.
 */
@NullMarked
package io.storyline.claims;

import org.jspecify.annotations.NullMarked;

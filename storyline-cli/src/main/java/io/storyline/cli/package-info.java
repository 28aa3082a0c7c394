/**
 * The {@code storyline} command line (picocli).
 *
 * <p>Entry point: {@code Main}, whose {@code subcommands} list every command; {@code
 * AnalyzeCommand} is the main job (read, analyse, group, store, digest, export); {@code
 * EvalCommand} is the scorecard ({@code storyline eval}), with the held-out figures computed by
 * {@code ClusteringCv}, {@code ClaimsEval}, {@code QuotesEval}, {@code ParaphraseEval} and
 * {@code TimexEval}.
 */
@NullMarked
package io.storyline.cli;

import org.jspecify.annotations.NullMarked;

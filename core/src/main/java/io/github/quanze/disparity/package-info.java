/**
 * Supervision of like cases (类案监督): over a set of decided penalty cases, the analysis a supervising body makes
 * of whether like cases were penalised alike (类案同罚) — the grouping of cases by violation item and circumstance
 * profile, the groups whose cases were decided at different levels or whose fines lie far apart, the cases decided
 * away from what the discretion standard gives for their facts (畸轻畸重), and the counts per agency and per officer
 * (宏观数据分析).
 * <p>
 * A {@link io.github.quanze.disparity.DisparityAnalysis} takes {@link io.github.quanze.disparity.DecidedPenalty}s
 * one at a time, in constant time each, and merges with the analyses of other parts of the cases (per file, per
 * thread); its {@link io.github.quanze.disparity.DisparityReport} is the same whatever the order of the cases and
 * however they were split. Findings are {@link io.github.quanze.disparity.DisparityFinding}s, data with bilingual
 * messages. What no statute says, such as the ratio beyond which fines of like cases are too far apart, is a setting
 * ({@link io.github.quanze.disparity.DisparitySettings}) and marked as an interpretation.
 * <p>
 * The package sits at the top of core, above {@code assessment}: it reads the values of {@code discretion} (the
 * circumstance facts, the levels, the fine bounds) and nothing uses it.
 */
package io.github.quanze.disparity;

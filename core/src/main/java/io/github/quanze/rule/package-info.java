/**
 * The rule API (规则): typed, pure rules with their legal basis, decision tables that compile to an index and verify
 * themselves, exceptions written the way statutes write them, and rule books that decide by 从旧兼从轻.
 * <p>
 * A {@link io.github.quanze.rule.Rule} reads typed facts and gives a typed outcome; a
 * {@link io.github.quanze.rule.Check} tests a subject and returns {@link io.github.quanze.rule.Finding}s. Both run
 * on one engine: a {@link io.github.quanze.rule.RuleSet}, or a {@link io.github.quanze.rule.DecisionTable} whose
 * rows are rules over typed input columns. Either combines the outcomes of applicable rules by a
 * {@link io.github.quanze.rule.HitPolicy}, after removing those overridden by an applicable exception ("一般给予…；
 * 有下列情形之一的，从重…"). A {@link io.github.quanze.rule.RuleBook} holds the versions of a rule set in time.
 * Every decision is a {@link io.github.quanze.rule.Decision}: outcome, rules fired and overridden, version applied
 * and why, provisions cited, and a text in Chinese and English. A rule that throws is left out of the decision and
 * reported in it as a {@link io.github.quanze.rule.RuleFailure}, an ERROR finding, with one WARN log.
 * <p>
 * Legal outcomes (an unallocated power, an uncertified officer) are findings, never exceptions. This package
 * depends on {@code basis} only and knows nothing of powers, posts or sanctions.
 * <p>
 * Layer: generic, below every domain package; it knows citations and wording only through interfaces it owns,
 * and imports no domain package ({@code LayersTest} checks it).
 */
@DomainStyle
package io.github.quanze.rule;

import io.github.quanze.internal.DomainStyle;

/**
 * The rule API (规则): typed, pure rules with what they cite, decision tables written as data and compiled to an
 * index that verifies itself, exceptions written the way statutes write them, and rule books that decide by
 * 从旧兼从轻.
 * <p>
 * A {@link io.github.quanze.rule.Rule} reads typed facts and gives a typed outcome; a
 * {@link io.github.quanze.rule.Check} tests a subject and returns {@link io.github.quanze.rule.Finding}s. Both run
 * on one engine: a {@link io.github.quanze.rule.RuleSet}, or a {@link io.github.quanze.rule.DecisionTable}. A table
 * is first a {@link io.github.quanze.rule.TableSpec}, an immutable specification (named, typed
 * {@link io.github.quanze.rule.Column}s; {@link io.github.quanze.rule.Row}s with named {@link io.github.quanze.rule.Cell}s;
 * a hit policy; {@link io.github.quanze.rule.Overriding} exceptions) that can be built, compared and printed, and is
 * compiled with a {@link io.github.quanze.rule.FactSchema}, which binds each column by name to an accessor of the
 * facts. Tables and rule sets are built in one style: a row or rule at a time, each part set once. Either combines
 * the outcomes of applicable rules by a {@link io.github.quanze.rule.HitPolicy}, after removing those overridden by
 * an applicable exception ("一般给予…；有下列情形之一的，从重…"). A {@link io.github.quanze.rule.RuleBook} holds the
 * versions of a rule set in time. Every decision is a {@link io.github.quanze.rule.Decision}: outcome, rules fired
 * and overridden, version applied and why, what it cites, and a text in Chinese and English. A rule that throws is
 * left out of the decision and reported in it as a {@link io.github.quanze.rule.RuleFailure}, an ERROR finding,
 * with one WARN log. {@link io.github.quanze.rule.DecisionTable#verify()} reports gaps, overlaps, shadowed and empty
 * rows and disproportions as {@link io.github.quanze.rule.TableFinding}s.
 * <p>
 * Legal outcomes (an unallocated power, an uncertified officer) are findings, never exceptions.
 * <p>
 * Layer: generic, below every domain package. It knows what rules cite only as a
 * {@link io.github.quanze.rule.Citation} and how decisions read only through a
 * {@link io.github.quanze.rule.DecisionWording}, interfaces it owns and the domain implements, and imports no domain
 * package ({@code LayersTest} checks it): it does not say "处理结果".
 */
package io.github.quanze.rule;


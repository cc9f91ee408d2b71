/**
 * Rules (规则): the shared vocabulary of checks and their findings.
 * <p>
 * A check of a legal requirement returns {@link io.github.quanze.rule.Finding}s, values that carry a stable code,
 * a {@link io.github.quanze.rule.Severity}, a bilingual message and the legal basis they rest on. Legal outcomes
 * (an unallocated power, an uncertified officer) are findings, never exceptions. This package knows nothing of
 * powers or posts.
 */
@DomainStyle
package io.github.quanze.rule;

import io.github.quanze.internal.DomainStyle;

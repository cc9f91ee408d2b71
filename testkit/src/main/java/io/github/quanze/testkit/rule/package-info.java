/**
 * Arbitraries of decision-table specifications (决策表), random or clean with one planted flaw.
 */
package io.github.quanze.testkit.rule;

/**
 * Arbitraries of case histories (案件记录) per procedure template, lawful or with planted violations, for the
 * bureau they belong to.
 */
package io.github.quanze.testkit.procedure;

/**
 * Arbitraries of time limits (期限), calendar years (年度工作日安排) and days inside a calendar's coverage.
 */
package io.github.quanze.testkit.timelimit;

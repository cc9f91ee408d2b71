/**
 * Arbitraries of enforcement faults (执法过错).
 */
package io.github.quanze.testkit.fault;

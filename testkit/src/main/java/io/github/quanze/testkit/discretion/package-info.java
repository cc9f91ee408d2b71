/**
 * Arbitraries of discretion standards (裁量基准) and the penalties they decide.
 */
package io.github.quanze.testkit.discretion;

/**
 * Arbitraries of legal instruments and provisions (执法依据).
 */
package io.github.quanze.testkit.basis;

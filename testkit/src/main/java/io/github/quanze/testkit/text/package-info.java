/**
 * Arbitraries of finding parameters (参数) and the lines they hold.
 */
package io.github.quanze.testkit.text;

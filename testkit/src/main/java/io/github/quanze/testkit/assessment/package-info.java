/**
 * Arbitraries of assessment schemes (评议考核方案) and agency periods.
 */
package io.github.quanze.testkit.assessment;

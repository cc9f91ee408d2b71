/**
 * Arbitraries of case-file review standards (案卷评查标准).
 */
package io.github.quanze.testkit.review;

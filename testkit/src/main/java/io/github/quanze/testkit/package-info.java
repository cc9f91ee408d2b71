/**
 * Arbitraries (测试数据生成) for quanze's domain values and documents, for jqwik property suites.
 */
package io.github.quanze.testkit;

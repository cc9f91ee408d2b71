/**
 * Arbitraries (测试数据生成) for quanze's domain values and documents, for jqwik property suites: the
 * {@link io.github.quanze.testkit.QuanzeArbitraries} facade and {@link io.github.quanze.testkit.Choices}, the
 * shrinkable choices generators of consistent worlds read.
 */
package io.github.quanze.testkit;

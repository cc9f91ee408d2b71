/**
 * The jqwik ArbitraryProvider of each domain type, registered as services; not exported.
 */
package io.github.quanze.testkit.providers;

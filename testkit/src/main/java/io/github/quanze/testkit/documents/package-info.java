/**
 * Generated documents (文档) of quanze's kinds, written by the {@code quanze-jackson} writers. The only package of
 * the testkit that needs the jackson module.
 */
package io.github.quanze.testkit.documents;

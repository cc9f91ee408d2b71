/**
 * Texts (文本): the bilingual text value every layer renders into, with no knowledge of the domain.
 * <p>
 * Layer: the bottom, beside {@code internal}; {@code rule} and every domain package may use it.
 */
package io.github.quanze.text;

/**
 * Texts (文本): the bilingual text every layer renders into, message {@link io.github.quanze.text.Template}s and the
 * typed {@link io.github.quanze.text.Parameters} of findings with the {@link io.github.quanze.text.ParameterSchema}
 * each kind of finding declares, and the {@link io.github.quanze.text.TextBuilder} that puts rendered lines
 * together, with no knowledge of the domain.
 * <p>
 * Layer: the bottom, beside {@code internal}; {@code rule} and every domain package may use it.
 */
package io.github.quanze.text;

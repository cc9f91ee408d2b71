/**
 * Legal basis (执法依据): the instruments an agency enforces, the provisions it cites, and bilingual texts.
 * <p>
 * The first step of the responsibility system is to sort out the legal basis (梳理执法依据): to list the laws,
 * regulations, rules and normative documents an agency enforces, "对所执行的执法依据分类排序、列明目录"
 * (国办发〔2005〕37号). {@link io.github.quanze.basis.LegalInstrument} is one instrument with its level, 文号 and
 * dates in force; {@link io.github.quanze.basis.Provision} addresses an article, paragraph and item of it and
 * renders the Chinese way (《中华人民共和国行政处罚法》第六十四条第一款第（二）项);
 * {@link io.github.quanze.basis.BasisCatalogue} is an agency's catalogue of instruments and parses citations back;
 * {@link io.github.quanze.basis.LegalBasis} is what a power or a finding rests on;
 * {@link io.github.quanze.text.BilingualText} carries every user-facing message in Chinese and English.
 * <p>
 * Layer: the first of the pipeline; it uses only {@code text} and {@code rule}'s citations, and every domain
 * package may use it.
 */
package io.github.quanze.basis;


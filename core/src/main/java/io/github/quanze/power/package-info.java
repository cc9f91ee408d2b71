/**
 * The power catalogue (权责清单): the powers an agency holds, each with its legal basis and responsibilities.
 * <p>
 * After sorting out the legal basis, an agency lists its powers (职权) by category (行政许可, 行政处罚, 行政强制 …),
 * each with a code, the implementing agency, the provisions it rests on, the duties at each stage (责任事项) and the
 * situations in which someone is held to account (追责情形). {@link io.github.quanze.power.Power} is one entry;
 * {@link io.github.quanze.power.PowerCatalogue} is the list, validated and indexed by code, category and
 * instrument; {@link io.github.quanze.power.CatalogueFinding} reports a basis that is not in force or whose level
 * cannot create the power. A finding is data (its issue, power, provisions and typed details); its sentence in
 * Chinese and English is rendered by the package's message templates, apart from the checks.
 * <p>
 * Layer: above {@code basis}; a catalogue names its agency by {@link io.github.quanze.power.AgencyId}, which the
 * organization, below in the pipeline, reuses.
 */
package io.github.quanze.power;


package io.github.quanze.rule;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;

/**
 * The template of a table's reader, loaded as a class of its own (as a class path scanner may load it): without the
 * class data of a table it reads no column. Each table's reader, defined from the template's bytes, is checked
 * through the tables that read with it ({@link DecisionTableTest}, {@link DecisionTableContractTest}).
 */
class FusedTemplateTest {

    @Example
    void theTemplateLoadedAsItselfReadsNoColumn() {
        FusedReader template = new FusedTemplate();
        assertThat(template.point(new Object())).isZero();
        long[] words = {7L, -1L};
        template.match(new Object(), words);
        assertThat(words).containsExactly(7L, -1L);
        assertThat(FusedData.NONE_READ.columns()).isZero();
        assertThat(FusedData.NONE_READ.radix(0)).isEqualTo(1);
        assertThat(FusedData.NONE_READ.masks(0)).isEmpty();
    }
}

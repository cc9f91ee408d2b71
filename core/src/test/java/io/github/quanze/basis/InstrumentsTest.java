package io.github.quanze.basis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentsTest {

    @Test
    void theCatalogueHoldsEveryNationalInstrumentAndNothingElse() throws IllegalAccessException {
        List<LegalInstrument> constants = new ArrayList<>();
        for (Field f : Instruments.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == LegalInstrument.class) {
                constants.add((LegalInstrument) f.get(null));
            }
        }

        assertThat(constants).hasSizeGreaterThan(10);
        assertThat(Instruments.catalogue().instruments()).containsExactlyInAnyOrderElementsOf(constants);
    }

    @Test
    void theCatalogueResolvesTheCitationsOfTheLibrarysRules() {
        assertThat(Instruments.catalogue().parseProvision("《中华人民共和国行政处罚法》第七十六条"))
                .isEqualTo(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 76));
        assertThat(Instruments.catalogue().editions("中华人民共和国烟草专卖法")).isEmpty();
    }
}

package io.github.quanze.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.quanze.internal.Texts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PowerCodeTest {

    @Example
    void of_acceptsProvincialSchemes() {
        assertThat(PowerCode.of("330217001000")).hasToString("330217001000");
        assertThat(PowerCode.of("XK-YC_001.2")).hasToString("XK-YC_001.2");
    }

    @Example
    void of_rejectsMalformedCodes() {
        for (String bad : new String[] {"", " ", "XK 001", "-XK", "XK-", "许可001", "a".repeat(65)}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> PowerCode.of(bad))
                    .withMessageContaining("Power code must be 1-64 ASCII letters or digits")
                    .withMessageContaining("but was " + Texts.quote(bad));
        }
    }

    @Property
    void aCodeParsesBackFromItsText(@ForAll("codes") String text) {
        PowerCode code = PowerCode.of(text);
        assertThat(PowerCode.of(code.toString())).isEqualTo(code);
    }

    @Provide
    Arbitrary<String> codes() {
        Arbitrary<String> part = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(8);
        return Combinators.combine(part, Arbitraries.of("-", "_", ".", ""), part).as((a, sep, b) -> a + sep + b);
    }
}

package io.github.quanze.publish.notice;

import static io.github.quanze.publish.notice.Fixtures.ID_ZHAO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ResidentIdNumberTest {

    @Example
    void parse_acceptsAValidNumberAndReadsItsBirthDate() {
        ResidentIdNumber id = ResidentIdNumber.parse(" " + ID_ZHAO + " ");
        assertThat(id.value()).isEqualTo(ID_ZHAO);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 3, 14));
    }

    @Example
    void nullsAreNamed() {
        assertThatNullPointerException().isThrownBy(() -> ResidentIdNumber.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> ResidentIdNumber.checkCharacter(null)).withMessage("digits");
    }

    @Example
    void checkCharacter_followsGb11643() {
        // sum of weighted digits of 11010519491231002 is 167; 167 mod 11 = 2, so the check character is X
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.parse("11010519491231002x").value()).endsWith("X");
    }

    @Example
    void constructor_rejectsAWrongCheckCharacterWithoutRepeatingTheNumber() {
        String wrong = ID_ZHAO.substring(0, 17) + (ID_ZHAO.charAt(17) == '9' ? '8' : '9');
        assertThatIllegalArgumentException().isThrownBy(() -> new ResidentIdNumber(wrong))
                .withMessageContaining("check character").withMessageNotContaining(wrong)
                .withMessageNotContaining(wrong.substring(0, 17));
    }

    @Example
    void constructor_rejectsAnImpossibleBirthDateAndAWrongForm() {
        String feb30 = "99010219850230201";
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ResidentIdNumber(feb30 + ResidentIdNumber.checkCharacter(feb30)))
                .withMessageContaining("birth date");
        assertThatIllegalArgumentException().isThrownBy(() -> new ResidentIdNumber("12345"))
                .withMessageContaining("5 characters").withMessageNotContaining("12345");
    }

    @Example
    void toString_withholdsTheNumber() {
        assertThat(ResidentIdNumber.parse(ID_ZHAO).toString()).doesNotContain(ID_ZHAO).contains("withheld");
    }

    @Property
    void aNumberWithItsCheckCharacterIsValidAndAnyOtherIsNot(@ForAll("prefixes") String prefix,
            @ForAll @IntRange(min = 0, max = 10) int other) {
        char check = ResidentIdNumber.checkCharacter(prefix);
        assertThat(new ResidentIdNumber(prefix + check).value()).hasSize(18);
        char wrong = "0123456789X".charAt(other);
        if (wrong != check) {
            assertThatIllegalArgumentException().isThrownBy(() -> new ResidentIdNumber(prefix + wrong));
        }
    }

    @Provide
    Arbitrary<String> prefixes() {
        Arbitrary<String> region = Arbitraries.integers().between(110000, 999999).map(String::valueOf);
        Arbitrary<LocalDate> born = Arbitraries.integers().between(0, 40000).map(LocalDate.of(1920, 1, 1)::plusDays);
        Arbitrary<String> sequence = Arbitraries.integers().between(0, 999).map(i -> String.format("%03d", i));
        return net.jqwik.api.Combinators.combine(region, born, sequence)
                .as((r, b, s) -> r + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth())
                        + s);
    }
}

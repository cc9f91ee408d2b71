package io.github.quanze.publish.notice;

import static io.github.quanze.publish.notice.Fixtures.CODE_COMPANY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CreditCodeTest {

    @Example
    void nullsAreNamed() {
        assertThatNullPointerException().isThrownBy(() -> CreditCode.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> CreditCode.checkCharacter(null)).withMessage("code");
    }

    @Example
    void parse_acceptsAValidCode() {
        assertThat(CreditCode.parse(CODE_COMPANY + " ").value()).isEqualTo(CODE_COMPANY);
        assertThat(CreditCode.parse(Fixtures.CODE_SHOP).toString()).isEqualTo(Fixtures.CODE_SHOP);
    }

    @Example
    void constructor_rejectsAWrongCheckCharacterWithoutRepeatingTheValue() {
        String wrong = CODE_COMPANY.substring(0, 17) + "0";
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse(wrong))
                .withMessageContaining("check character (the 18th)").withMessageNotContaining(wrong)
                .withMessageNotContaining(CODE_COMPANY.substring(0, 8));
        // a person's ID number typed where the code belongs is not repeated either
        String idNumber = "110105194912310021";
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse(idNumber))
                .withMessageNotContaining(idNumber).withMessageNotContaining("19491231");
    }

    @Example
    void constructor_rejectsLettersTheStandardLeavesOut() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("91990100MA0SYC01KX"))
                .withMessageContaining("character 12").withMessageNotContaining("SYC01");
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("9199"))
                .withMessageContaining("18 characters");
    }

    @Property
    void everySeventeenAllowedCharactersWithTheirCheckCharacterFormACode(@ForAll("bodies") String body) {
        char check = CreditCode.checkCharacter(body);
        assertThat(CreditCode.parse(body + check).value()).isEqualTo(body + check);
        char other = CreditCode.ALPHABET.charAt((CreditCode.ALPHABET.indexOf(check) + 1) % 31);
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse(body + other));
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().withChars(CreditCode.ALPHABET.toCharArray()).ofLength(17);
    }
}

package io.github.quanze.discretion;

import static io.github.quanze.discretion.FineRangeTest.yuan;
import static io.github.quanze.discretion.ViolationItemTest.RETAIL_WITHOUT_LICENCE;
import static io.github.quanze.testing.Fixtures.TOBACCO_REGULATION_2023;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import net.jqwik.api.Example;

class SingleFineTest {

    static final ViolationItem OTHER = ViolationItemTest.retail("YC-OTHER", TOBACCO_REGULATION_2023).build();

    static ApplicableFine fine(ViolationItem item, String min, String max) {
        return new ApplicableFine(item, new FineBounds(yuan(min), yuan(max), FineBounds.Source.FIXED));
    }

    @Example
    void choose_theHigherMaximum() {
        ApplicableFine low = fine(RETAIL_WITHOUT_LICENCE, "1000", "5000");
        ApplicableFine high = fine(OTHER, "0", "10000");
        SingleFine choice = SingleFine.choose(List.of(low, high));
        assertThat(choice.applied()).isEqualTo(high);
        assertThat(choice.setAside()).containsExactly(low);
        assertThat(choice.isTie()).isFalse();
        assertThat(choice.basis().toString()).isEqualTo("《中华人民共和国行政处罚法》第二十九条");
        assertThat(choice.text().zh()).startsWith("同一个违法行为违反多个法律规范应当给予罚款处罚的，按照罚款数额高的规定处罚："
                + "适用YC-OTHER「无烟草专卖零售许可证经营烟草制品零售业务」（应处0.00元以上10000.00元以下罚款），"
                + "不适用YC-RETAIL「无烟草专卖零售许可证经营烟草制品零售业务」（应处1000.00元以上5000.00元以下罚款）。"
                + "依据：《中华人民共和国行政处罚法》第二十九条。（解释：");
        assertThat(choice.text().en()).contains("Interpretation").contains("YC-OTHER (无烟草专卖零售许可证经营烟草制品零售业务) "
                + "(a fine of 0.00 to 10000.00 yuan) applies");
    }

    @Example
    void choose_onEqualMaxima_theHigherMinimum_thenTheFirst() {
        ApplicableFine a = fine(RETAIL_WITHOUT_LICENCE, "1000", "5000");
        ApplicableFine b = fine(OTHER, "2000", "5000");
        assertThat(SingleFine.choose(List.of(a, b)).applied()).isEqualTo(b);
        ApplicableFine c = fine(OTHER, "1000", "5000");
        SingleFine tie = SingleFine.choose(List.of(a, c));
        assertThat(tie.applied()).isEqualTo(a);
        assertThat(tie.isTie()).isTrue();
    }

    @Example
    void choose_aloneKeepsTheOnlyFine() {
        SingleFine choice = SingleFine.choose(List.of(fine(OTHER, "0", "1")));
        assertThat(choice.setAside()).isEmpty();
        assertThat(choice.text().zh()).contains("不适用其他规定");
    }

    @Example
    void choose_rejectsNoFineAndAnItemTwice() {
        assertThatIllegalArgumentException().isThrownBy(() -> SingleFine.choose(List.of()))
                .withMessageContaining("at least one applicable fine");
        assertThatIllegalArgumentException().isThrownBy(() -> SingleFine.choose(List.of(fine(OTHER, "0", "1"),
                fine(OTHER, "0", "2")))).withMessageContaining("item 'YC-OTHER' is given twice");
    }
}
